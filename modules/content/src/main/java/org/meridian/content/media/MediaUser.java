package org.meridian.content.media;

/**
 * An item that uses an asset.
 *
 * @param link the item's address on its office's site (shown even while it is a draft)
 */
public record MediaUser(long itemId, String title, String link) implements java.io.Serializable {}
