package org.meridian.content.search;

/**
 * One item that matched, with its rank (higher is better; comparable within one search only) and a
 * snippet of its text as HTML: escaped text whose only markup is {@code <mark>} around matches.
 */
public record SearchMatch(long itemId, double rank, String snippetHtml) {}
