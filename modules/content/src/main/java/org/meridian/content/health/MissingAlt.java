package org.meridian.content.health;

import java.io.Serializable;

/**
 * An image without a text alternative: a library image ({@code itemId} null), an item's hero image,
 * or images in an item's body ({@code count} of them).
 */
public record MissingAlt(String where, Long itemId, Long mediaId, String title, int count)
    implements Serializable {}
