package org.meridian.workflow.review;

import java.time.Instant;
import org.meridian.content.ContentType;

/** An item in someone's review queue. */
public record ReviewTask(
    long itemId,
    String title,
    ContentType type,
    String language,
    int revisionNumber,
    String revisionAuthor,
    EditorialState state,
    Instant since)
    implements java.io.Serializable {}
