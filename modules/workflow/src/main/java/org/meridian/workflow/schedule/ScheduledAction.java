package org.meridian.workflow.schedule;

/** What a schedule does to its item when it comes due. */
public enum ScheduledAction {
  /** Makes the revision chosen when scheduling live. */
  PUBLISH,
  /** Takes the item off the site (an expiry date). */
  UNPUBLISH
}
