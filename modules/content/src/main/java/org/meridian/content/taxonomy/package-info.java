/**
 * Taxonomy: the network's themes (one vocabulary, managed by HQ, translated), each office's own
 * tags, and which items carry them. Assignments belong to the item, not to a revision: they show on
 * the public site as soon as they are saved.
 */
package org.meridian.content.taxonomy;
