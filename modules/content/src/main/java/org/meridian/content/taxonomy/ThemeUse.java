package org.meridian.content.taxonomy;

/** A theme with how many live items of the office carry it in one language. */
public record ThemeUse(ThemeLabel theme, long items) implements java.io.Serializable {}
