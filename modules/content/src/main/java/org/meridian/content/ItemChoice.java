package org.meridian.content;

/** An item offered in a pick list (a parent page, a contact card): its id and what to show. */
public record ItemChoice(long itemId, String label) implements java.io.Serializable {}
