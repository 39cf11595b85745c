/**
 * Full-text search of an office's content per language: an index of each item's live and latest
 * text kept by the content events, searched by PostgreSQL's text search in production or by a Java
 * fallback on the embedded database, with ranked hits and escaped, highlighted snippets.
 */
package org.meridian.content.search;
