package org.meridian.workflow.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Objects;
import org.meridian.tenancy.persistence.OfficeOwned;

/** A comment or a decision on one revision of an item, in one review round. Never changed. */
@Entity
@Table(name = "review_note")
class ReviewNote extends OfficeOwned {

  /** Long enough for a real review, short enough to stay a comment. */
  static final int MAX_BODY = 4000;

  @Column(name = "item_id", nullable = false, updatable = false)
  private long itemId;

  @Column(name = "revision_id", nullable = false, updatable = false)
  private long revisionId;

  @Column(name = "revision_number", nullable = false, updatable = false)
  private int revisionNumber;

  @Column(name = "review_round", nullable = false, updatable = false)
  private int reviewRound;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 24)
  private NoteKind kind;

  @Column(name = "author", nullable = false, updatable = false, length = 254)
  private String author;

  @Column(name = "body", updatable = false, length = MAX_BODY)
  private String body;

  protected ReviewNote() {}

  ReviewNote(
      long itemId,
      long revisionId,
      int revisionNumber,
      int reviewRound,
      NoteKind kind,
      String author,
      String body) {
    this.itemId = itemId;
    this.revisionId = revisionId;
    this.revisionNumber = revisionNumber;
    this.reviewRound = reviewRound;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.author = Objects.requireNonNull(author, "author");
    this.body = body;
  }

  ReviewNoteView view() {
    return new ReviewNoteView(revisionNumber, kind, author, body, getCreatedAt());
  }
}
