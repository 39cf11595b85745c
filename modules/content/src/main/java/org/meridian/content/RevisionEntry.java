package org.meridian.content;

import java.time.Instant;

/**
 * One line of an item's history.
 *
 * @param restoredFrom the revision this one restored; {@code null} for an ordinary save
 */
public record RevisionEntry(
    int number,
    String author,
    Instant savedAt,
    String title,
    boolean live,
    boolean latest,
    Integer restoredFrom)
    implements java.io.Serializable {}
