package org.meridian.content.syndication;

/** Where the sharing stands for one receiving office: the fan-out's work list and its report. */
public enum TargetState {
  /** Waiting for the fan-out to make the office's copy. */
  PENDING,
  /** The office carries a copy. */
  CARRIED,
  /** The office declined the item (never a mandatory one). */
  DECLINED,
  /** Not carried, with the reason (an archived office, a language it does not publish in). */
  SKIPPED,
  /** Making the copy failed, with the reason; it can be retried. */
  FAILED,
  /** Withdrawn by the source office; the fan-out takes the copy off the office's site. */
  WITHDRAWING,
  /** The copy is offline and marked withdrawn. */
  WITHDRAWN;

  /** Whether the fan-out still has work for this office. */
  public boolean isOpen() {
    return this == PENDING || this == WITHDRAWING;
  }
}
