/** Public delivery of office sites: routes a URL to an office, a language and live content. */
package org.meridian.site;
