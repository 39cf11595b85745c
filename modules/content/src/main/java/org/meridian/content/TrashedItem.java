package org.meridian.content;

import java.time.Instant;

/** An item in the office's trash, as its administrators see it. */
public record TrashedItem(
    long itemId,
    ContentType type,
    String language,
    String slug,
    String title,
    int latestRevision,
    Instant trashedAt,
    String trashedBy)
    implements java.io.Serializable {}
