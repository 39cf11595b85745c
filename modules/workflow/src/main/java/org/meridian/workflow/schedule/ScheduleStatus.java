package org.meridian.workflow.schedule;

/** Where a scheduled change stands. Only {@link #PENDING} ones are ever carried out. */
public enum ScheduleStatus {
  PENDING,
  DONE,
  FAILED,
  CANCELLED
}
