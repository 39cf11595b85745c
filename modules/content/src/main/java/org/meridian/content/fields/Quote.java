package org.meridian.content.fields;

/** A quotation in a news item and who said it. */
public record Quote(String text, String attribution) {}
