package org.meridian.content;

import java.time.Instant;

/** A line of an office's content list, for editors. */
public record ContentSummary(
    long itemId,
    ContentType type,
    String language,
    String slug,
    String title,
    int latestRevision,
    boolean live,
    boolean unpublishedChanges,
    String lastAuthor,
    Instant modifiedAt) {}
