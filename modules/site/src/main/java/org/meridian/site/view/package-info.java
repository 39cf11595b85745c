/**
 * What the public templates ({@code src/main/jte}) are given: one view record per page kind, the
 * frame every page shares ({@link org.meridian.site.view.Chrome}), the site's words in the page's
 * language, and the engine that renders them. Views hold text, never markup: templates escape it by
 * context; the only raw HTML is an item's sanitised body ({@link ItemView#body()}).
 */
package org.meridian.site.view;
