package org.meridian.workflow.review;

/** How many approvals a revision needs before it may go live. */
public enum Reviews {
  /** Direct: whoever may edit may publish. */
  NONE(0, "Direct: editors publish"),
  /** One review: a publisher approves before it goes live. */
  ONE(1, "One review: a publisher approves"),
  /** Two reviews: two different publishers approve. */
  TWO(2, "Two reviews: two publishers approve");

  private final int approvals;
  private final String label;

  Reviews(int approvals, String label) {
    this.approvals = approvals;
    this.label = label;
  }

  /** The approvals asked for before publishing. */
  public int approvals() {
    return approvals;
  }

  public String label() {
    return label;
  }
}
