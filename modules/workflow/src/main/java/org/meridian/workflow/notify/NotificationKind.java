package org.meridian.workflow.notify;

/** What a notification tells its recipient. */
public enum NotificationKind {
  /** An item was submitted for review in an office where the recipient reviews. */
  AWAITING_REVIEW("Awaiting your review"),
  /** A reviewer asked for changes to the recipient's revision. */
  CHANGES_REQUESTED("Changes requested"),
  /** The recipient's revision was published by someone else. */
  PUBLISHED("Published"),
  /** A change the recipient scheduled could not be made. */
  SCHEDULE_FAILED("Scheduled change failed");

  private final String label;

  NotificationKind(String label) {
    this.label = label;
  }

  /** The kind as people read it. */
  public String label() {
    return label;
  }
}
