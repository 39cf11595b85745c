package org.meridian.workflow.schedule;

import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.Refused;

/** A schedule that cannot be taken or changed; says why, in the editor's words. */
public class ScheduleRefusedException extends RuntimeException implements Refused {

  private static final long serialVersionUID = 1L;

  private final Refusal refusal;

  /** A refusal the console shows as the service wrote it (no code yet). */
  public ScheduleRefusedException(String message) {
    super(message);
    this.refusal = null;
  }

  public ScheduleRefusedException(Refusal refusal) {
    super(refusal.text());
    this.refusal = refusal;
  }

  /** Why, by code; null for a sentence given as it is. */
  @Override
  public Refusal refusal() {
    return refusal;
  }
}
