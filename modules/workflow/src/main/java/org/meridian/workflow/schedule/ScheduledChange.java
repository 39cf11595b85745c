package org.meridian.workflow.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.RefusedStateException;
import org.meridian.tenancy.persistence.OfficeOwned;

/**
 * A publish or unpublish that waits for its time. It is claimed and carried out in one transaction
 * by whichever server sees it due first (see {@link ScheduleRunner}).
 */
@Entity
@Table(name = "scheduled_change")
public class ScheduledChange extends OfficeOwned {

  @Column(name = "item_id", nullable = false, updatable = false)
  private long itemId;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, updatable = false, length = 16)
  private ScheduledAction action;

  /** For a publish: the revision that goes live, chosen when scheduling. */
  @Column(name = "revision_id", updatable = false)
  private Long revisionId;

  @Column(name = "revision_number", updatable = false)
  private Integer revisionNumber;

  @Column(name = "due_at", nullable = false, updatable = false)
  private Instant dueAt;

  @Column(name = "requested_by", nullable = false, updatable = false, length = 254)
  private String requestedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private ScheduleStatus status = ScheduleStatus.PENDING;

  @Column(name = "finished_at")
  private Instant finishedAt;

  /** The server (for a run) or the person (for a cancellation) that ended it. */
  @Column(name = "finished_by", length = 254)
  private String finishedBy;

  @Column(name = "outcome", length = 500)
  private String outcome;

  protected ScheduledChange() {}

  ScheduledChange(
      long itemId,
      ScheduledAction action,
      Long revisionId,
      Integer revisionNumber,
      Instant dueAt,
      String requestedBy) {
    this.itemId = itemId;
    this.action = Objects.requireNonNull(action, "action");
    if (action == ScheduledAction.PUBLISH && revisionId == null) {
      throw new IllegalArgumentException("A scheduled publish names the revision it publishes");
    }
    this.revisionId = revisionId;
    this.revisionNumber = revisionNumber;
    this.dueAt = Objects.requireNonNull(dueAt, "dueAt");
    this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
  }

  void cancel(String by, Instant at) {
    if (status != ScheduleStatus.PENDING) {
      throw new RefusedStateException(
          switch (status) {
            case DONE -> Refusal.of("schedule.already_run", "This schedule has already run");
            case FAILED ->
                Refusal.of("schedule.already_failed", "This schedule has already failed");
            default ->
                Refusal.of(
                    "schedule.already_cancelled", "This schedule has already been cancelled");
          });
    }
    status = ScheduleStatus.CANCELLED;
    finishedBy = by;
    finishedAt = at;
    outcome = "cancelled";
  }

  public long itemId() {
    return itemId;
  }

  public ScheduledAction action() {
    return action;
  }

  public Long revisionId() {
    return revisionId;
  }

  public Integer revisionNumber() {
    return revisionNumber;
  }

  public Instant dueAt() {
    return dueAt;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public ScheduleStatus status() {
    return status;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public String finishedBy() {
    return finishedBy;
  }

  public String outcome() {
    return outcome;
  }
}
