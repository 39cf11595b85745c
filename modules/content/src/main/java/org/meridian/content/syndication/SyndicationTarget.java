package org.meridian.content.syndication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.RefusedStateException;
import org.meridian.tenancy.persistence.OfficeOwned;

/**
 * One receiving office of a sharing, owned by the source office: the fan-out's work list and, once
 * done, its report line (carried, declined, skipped or failed, with the reason). The receiving
 * office's side of it is a {@link SharedCopy}; the fan-out moves this row on with a conditional
 * update in the transaction that does the work (see {@code internal.TargetRows}).
 */
@Entity
@Table(name = "syndication_target")
public class SyndicationTarget extends OfficeOwned {

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "syndication_id", nullable = false, updatable = false)
  private Syndication syndication;

  @Column(name = "target_office_id", nullable = false, updatable = false)
  private long targetOfficeId;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 16)
  private TargetState state;

  @Column(name = "reason", length = 500)
  private String reason;

  @Column(name = "copy_item_id")
  private Long copyItemId;

  @Column(name = "applied_generation", nullable = false)
  private int appliedGeneration;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "finished_by", length = 254)
  private String finishedBy;

  protected SyndicationTarget() {}

  /** A line of the report; {@code now} is when a skipped office was settled. */
  public SyndicationTarget(
      Syndication syndication, long targetOfficeId, TargetState state, String reason, Instant now) {
    this.syndication = Objects.requireNonNull(syndication, "syndication");
    this.targetOfficeId = targetOfficeId;
    this.state = Objects.requireNonNull(state, "state");
    this.reason = reason;
    if (state == TargetState.SKIPPED) {
      this.finishedAt = Objects.requireNonNull(now, "now");
    }
  }

  /** Asks the fan-out to try a failed office again. */
  public void retry() {
    if (state != TargetState.FAILED) {
      throw new RefusedStateException(
          Refusal.of("syndication.only_failed_retried", "Only failed offices are retried"));
    }
    state = TargetState.PENDING;
    reason = null;
  }

  /** The sharing was withdrawn: what the office carries or would carry goes offline. */
  public void withdraw(Instant now) {
    switch (state) {
      case PENDING, FAILED -> {
        state = TargetState.WITHDRAWN;
        finishedAt = now;
      }
      case CARRIED, DECLINED -> state = TargetState.WITHDRAWING;
      default -> {}
    }
  }

  public Syndication syndication() {
    return syndication;
  }

  public long targetOfficeId() {
    return targetOfficeId;
  }

  public TargetState state() {
    return state;
  }

  public String reason() {
    return reason;
  }

  public Long copyItemId() {
    return copyItemId;
  }

  public int appliedGeneration() {
    return appliedGeneration;
  }

  public int attempts() {
    return attempts;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public String finishedBy() {
    return finishedBy;
  }
}
