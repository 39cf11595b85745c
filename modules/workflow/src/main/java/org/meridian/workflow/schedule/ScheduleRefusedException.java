package org.meridian.workflow.schedule;

import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.Refused;

/** A schedule that cannot be taken or changed; says why, in the editor's words. */
public class ScheduleRefusedException extends RuntimeException implements Refused {

  private static final long serialVersionUID = 1L;

  private final Refusal refusal;

  public ScheduleRefusedException(Refusal refusal) {
    super(refusal.text());
    this.refusal = refusal;
  }

  /** Why, by code. */
  @Override
  public Refusal refusal() {
    return refusal;
  }
}
