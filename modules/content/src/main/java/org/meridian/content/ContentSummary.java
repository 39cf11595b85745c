package org.meridian.content;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A line of an office's content list, for editors. {@code path} is the public address below the
 * language root (the chain of slugs for nested pages); {@code reviewBy} is {@code null} when no
 * review date was set.
 */
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
    Instant modifiedAt,
    String path,
    String owner,
    LocalDate reviewBy)
    implements java.io.Serializable {

  public ContentSummary {
    path = path == null ? slug : path;
  }

  public ContentSummary(
      long itemId,
      ContentType type,
      String language,
      String slug,
      String title,
      int latestRevision,
      boolean live,
      boolean unpublishedChanges,
      String lastAuthor,
      Instant modifiedAt) {
    this(
        itemId,
        type,
        language,
        slug,
        title,
        latestRevision,
        live,
        unpublishedChanges,
        lastAuthor,
        modifiedAt,
        slug,
        null,
        null);
  }

  /** Whether the review-by date has passed on {@code today}. */
  public boolean reviewOverdue(LocalDate today) {
    return reviewBy != null && reviewBy.isBefore(today);
  }

  /** The state an editor reads: draft, live, or live with changes waiting. */
  public String state() {
    return live ? (unpublishedChanges ? "Live, changes waiting" : "Live") : "Draft";
  }
}
