package org.meridian.workflow.review;

/** A step of the editorial process that a person takes on an item. */
public enum Transition {
  /** Asks for review of the latest revision. */
  SUBMIT("Submit for review"),
  /** A reviewer approves the revision under review (one of the approvals the policy asks for). */
  APPROVE("Approve"),
  /** A reviewer sends the revision back with a comment saying what to change. */
  REQUEST_CHANGES("Request changes"),
  /** Makes the latest revision live. */
  PUBLISH("Publish"),
  /** Takes the live version off the site. */
  UNPUBLISH("Unpublish"),
  /** Takes the item off the site and out of the everyday lists. */
  ARCHIVE("Archive"),
  /** Brings an archived item back as a draft. */
  REOPEN("Reopen");

  private final String label;

  Transition(String label) {
    this.label = label;
  }

  /** The action as editors read it on a button. */
  public String label() {
    return label;
  }
}
