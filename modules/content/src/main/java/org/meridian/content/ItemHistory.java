package org.meridian.content;

import java.util.List;

/**
 * An item and its revisions, newest first (serialisable: the console keeps it in a view).
 *
 * @param liveRevision the live revision's number; {@code null} when the item is offline
 */
public record ItemHistory(
    long itemId,
    ContentType type,
    String language,
    String slug,
    String title,
    int latestRevision,
    Integer liveRevision,
    List<RevisionEntry> revisions)
    implements java.io.Serializable {

  public ItemHistory {
    revisions = List.copyOf(revisions);
  }
}
