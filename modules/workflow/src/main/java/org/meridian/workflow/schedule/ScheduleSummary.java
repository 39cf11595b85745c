package org.meridian.workflow.schedule;

import java.time.Instant;

/** One scheduled change as the console lists it. */
public record ScheduleSummary(
    long id,
    long itemId,
    ScheduledAction action,
    Integer revisionNumber,
    Instant dueAt,
    String requestedBy,
    ScheduleStatus status,
    Instant finishedAt,
    String finishedBy,
    String outcome)
    implements java.io.Serializable {

  static ScheduleSummary of(ScheduledChange c) {
    return new ScheduleSummary(
        c.getId(),
        c.itemId(),
        c.action(),
        c.revisionNumber(),
        c.dueAt(),
        c.requestedBy(),
        c.status(),
        c.finishedAt(),
        c.finishedBy(),
        c.outcome());
  }

  public boolean isPending() {
    return status == ScheduleStatus.PENDING;
  }
}
