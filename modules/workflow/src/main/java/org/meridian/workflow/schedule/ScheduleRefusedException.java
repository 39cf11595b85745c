package org.meridian.workflow.schedule;

/** A schedule that cannot be taken or changed; the message says why, in the editor's words. */
public class ScheduleRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ScheduleRefusedException(String message) {
    super(message);
  }
}
