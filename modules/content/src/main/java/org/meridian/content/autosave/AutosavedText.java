package org.meridian.content.autosave;

import java.io.Serializable;
import java.time.Instant;

/**
 * What a person had typed in an item's editor and not saved: the revision they started from, the
 * text (the body sanitised), and when it was kept.
 */
public record AutosavedText(
    long itemId, int basedOn, String title, String summary, String body, Instant savedAt)
    implements Serializable {}
