package org.meridian.content.media;

/**
 * One file of an asset, ready to send.
 *
 * @param etag a strong entity tag, quoted
 * @param inline whether browsers should show it rather than download it
 */
public record MediaContent(
    byte[] bytes, String mediaType, String etag, String fileName, boolean inline) {}
