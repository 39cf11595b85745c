package org.meridian.workflow.review;

import java.time.Instant;

/** A review note as the console shows it. */
public record ReviewNoteView(
    int revisionNumber, NoteKind kind, String author, String body, Instant at)
    implements java.io.Serializable {}
