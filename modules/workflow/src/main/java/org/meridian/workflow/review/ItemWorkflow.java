package org.meridian.workflow.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Objects;
import org.meridian.tenancy.persistence.OfficeOwned;

/**
 * Where an item stands in the editorial process, as far as content alone cannot tell (see {@link
 * EditorialStates}): the state holds for the revision named here, and the review round counts the
 * times the item was submitted, so approvals of an earlier round never count again.
 */
@Entity
@Table(name = "workflow_item")
class ItemWorkflow extends OfficeOwned {

  @Column(name = "item_id", nullable = false, updatable = false)
  private long itemId;

  @Column(name = "revision_id", nullable = false)
  private long revisionId;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 24)
  private EditorialState state;

  @Column(name = "review_round", nullable = false)
  private int reviewRound;

  @Column(name = "changed_by", nullable = false, length = 254)
  private String changedBy;

  protected ItemWorkflow() {}

  ItemWorkflow(long itemId) {
    this.itemId = itemId;
    this.state = EditorialState.DRAFT;
  }

  void moveTo(EditorialState state, long revisionId, String by) {
    this.state = Objects.requireNonNull(state, "state");
    this.revisionId = revisionId;
    this.changedBy = Objects.requireNonNull(by, "by");
  }

  /** Starts a new review round (at a submission). */
  void startRound() {
    reviewRound++;
  }

  long itemId() {
    return itemId;
  }

  long revisionId() {
    return revisionId;
  }

  EditorialState state() {
    return state;
  }

  int reviewRound() {
    return reviewRound;
  }
}
