package org.meridian.workflow.review;

/**
 * Everything the rules need to know to decide whether a person may take a step on an item.
 *
 * @param state where the item's latest revision stands
 * @param live whether a version of the item is on the site
 * @param reviews what the office's policy asks for this item
 * @param approvals approvals the revision has had in its current review
 * @param standing the person's standing in the item's office
 * @param author whether the person saved the latest revision
 * @param approvedAlready whether the person has already approved it in this review
 * @param comment whether a comment was given with the step
 */
public record Situation(
    EditorialState state,
    boolean live,
    Reviews reviews,
    int approvals,
    Standing standing,
    boolean author,
    boolean approvedAlready,
    boolean comment) {

  /** How many approvals a review needs: what the policy asks, at least one once asked for. */
  public int approvalsNeeded() {
    return Math.max(1, reviews.approvals());
  }
}
