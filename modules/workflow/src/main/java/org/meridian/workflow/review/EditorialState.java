package org.meridian.workflow.review;

/**
 * Where an item's latest revision stands in its office's editorial process. Whether a version of
 * the item is live is recorded by {@code content} and is a separate fact: a live item can have a
 * newer draft in review.
 */
public enum EditorialState {
  /** Being written; not yet asked to be reviewed (or changed since it was). */
  DRAFT("Draft"),
  /** Waiting for a reviewer's decision. */
  IN_REVIEW("In review"),
  /** A reviewer asked for changes, with a comment saying which. */
  CHANGES_REQUESTED("Changes requested"),
  /** Has every approval its office's policy asks for; may be published. */
  APPROVED("Approved"),
  /** The latest revision is live. */
  PUBLISHED("Published"),
  /** Was live, taken off the site; the reviewed revision can go live again. */
  UNPUBLISHED("Unpublished"),
  /** Kept, off the site and out of the everyday lists; can be reopened as a draft. */
  ARCHIVED("Archived");

  private final String label;

  EditorialState(String label) {
    this.label = label;
  }

  /** The state as editors read it. */
  public String label() {
    return label;
  }
}
