package org.meridian.workflow.review;

import static org.meridian.workflow.review.EditorialState.APPROVED;
import static org.meridian.workflow.review.EditorialState.ARCHIVED;
import static org.meridian.workflow.review.EditorialState.CHANGES_REQUESTED;
import static org.meridian.workflow.review.EditorialState.DRAFT;
import static org.meridian.workflow.review.EditorialState.IN_REVIEW;
import static org.meridian.workflow.review.EditorialState.PUBLISHED;
import static org.meridian.workflow.review.EditorialState.UNPUBLISHED;

/**
 * Who may take which step from which state, under which policy: the one place these rules live.
 * Pure; tested as a table in {@code WorkflowRulesTest}.
 *
 * <ul>
 *   <li>Anyone working in the office may submit a draft (or one sent back) for review, under any
 *       policy.
 *   <li>Reviewers (publishers and administrators) approve and request changes; nobody approves
 *       their own revision or approves it twice; a request for changes says which, in a comment.
 *   <li>Under the <em>direct</em> policy anyone working in the office publishes, unpublishes,
 *       archives and reopens. Under a review policy only reviewers do, and a revision goes live
 *       only once approved (or, taken off the site, when it is the revision that was approved
 *       before).
 * </ul>
 */
public final class WorkflowRules {

  private WorkflowRules() {}

  public static Decision decide(Transition step, Situation s) {
    if (s.standing() == Standing.OUTSIDER) {
      return Decision.refuse("outsider", "Only people working in the item's office may do this");
    }
    return switch (step) {
      case SUBMIT -> submit(s);
      case APPROVE -> approve(s);
      case REQUEST_CHANGES -> requestChanges(s);
      case PUBLISH -> publish(s);
      case UNPUBLISH -> unpublish(s);
      case ARCHIVE -> archive(s);
      case REOPEN -> reopen(s);
    };
  }

  private static Decision submit(Situation s) {
    return switch (s.state()) {
      case DRAFT, CHANGES_REQUESTED -> Decision.allow(IN_REVIEW);
      case IN_REVIEW -> Decision.refuse("already_in_review", "It is already waiting for review");
      case APPROVED -> Decision.refuse("already_approved", "It is already approved");
      case PUBLISHED ->
          Decision.refuse(
              "already_live_save_first", "This revision is already live: save a change first");
      case UNPUBLISHED ->
          Decision.refuse(
              "already_reviewed", "This revision was already reviewed: publish it again");
      case ARCHIVED -> Decision.refuse("archived_reopen_first", "It is archived: reopen it first");
    };
  }

  private static Decision approve(Situation s) {
    if (s.state() != IN_REVIEW) {
      return Decision.refuse(
          "approve_not_in_review", "Only a revision waiting for review can be approved");
    }
    if (s.standing() != Standing.REVIEWER) {
      return Decision.refuse(
          "approve_reviewers_only", "Only publishers and administrators approve");
    }
    if (s.author()) {
      return Decision.refuse(
          "approve_own_revision",
          "You cannot approve your own revision: someone else must review it");
    }
    if (s.approvedAlready()) {
      return Decision.refuse(
          "approve_already_approved",
          "You have already approved this revision: it needs someone else");
    }
    return Decision.allow(s.approvals() + 1 >= s.approvalsNeeded() ? APPROVED : IN_REVIEW);
  }

  private static Decision requestChanges(Situation s) {
    if (s.state() != IN_REVIEW && s.state() != APPROVED) {
      return Decision.refuse(
          "changes_not_in_review",
          "Changes can be requested only of a revision in review or approved");
    }
    if (s.standing() != Standing.REVIEWER) {
      return Decision.refuse(
          "changes_reviewers_only", "Only publishers and administrators request changes");
    }
    if (!s.comment()) {
      return Decision.refuse(
          "changes_need_comment", "Say what should change: a request for changes needs a comment");
    }
    return Decision.allow(CHANGES_REQUESTED);
  }

  private static Decision publish(Situation s) {
    if (s.state() == PUBLISHED) {
      return Decision.refuse("latest_already_live", "The latest revision is already live");
    }
    if (s.state() == ARCHIVED) {
      return Decision.refuse("archived_reopen_first", "It is archived: reopen it first");
    }
    if (s.reviews() == Reviews.NONE) {
      return Decision.allow(PUBLISHED);
    }
    if (s.state() == APPROVED || s.state() == UNPUBLISHED) {
      return s.standing() == Standing.REVIEWER
          ? Decision.allow(PUBLISHED)
          : Decision.refuse(
              "policy_reviewers_only_publish",
              "Under this office's policy only publishers and administrators publish");
    }
    // What is missing first: an editor learns the way forward (review), not just "not you".
    if (s.state() == IN_REVIEW) {
      return s.approvalsNeeded() == 1
          ? Decision.refuse(
              "needs_approval_has_0",
              "It needs an approval before it can be published (it has {0})",
              s.approvals())
          : Decision.refuse(
              "needs_0_approvals_has_1",
              "It needs {0} approvals from different reviewers before it can be published (it has"
                  + " {1})",
              s.approvalsNeeded(),
              s.approvals());
    }
    return s.approvalsNeeded() == 1
        ? Decision.refuse(
            "needs_approval_submit",
            "It needs an approval before it can be published: submit it for review")
        : Decision.refuse(
            "needs_0_approvals_submit",
            "It needs {0} approvals from different reviewers before it can be published: submit it"
                + " for review",
            s.approvalsNeeded());
  }

  private static Decision unpublish(Situation s) {
    if (!s.live()) {
      return Decision.refuse("not_on_site", "It is not on the site");
    }
    if (s.reviews() != Reviews.NONE && s.standing() != Standing.REVIEWER) {
      return Decision.refuse(
          "policy_reviewers_only_unpublish",
          "Under this office's policy only publishers and administrators unpublish");
    }
    return Decision.allow(s.state() == PUBLISHED ? UNPUBLISHED : s.state());
  }

  private static Decision archive(Situation s) {
    if (s.state() == ARCHIVED) {
      return Decision.refuse("already_archived", "It is already archived");
    }
    if (s.reviews() != Reviews.NONE && s.standing() != Standing.REVIEWER) {
      return Decision.refuse(
          "policy_reviewers_only_archive",
          "Under this office's policy only publishers and administrators archive");
    }
    return Decision.allow(ARCHIVED);
  }

  private static Decision reopen(Situation s) {
    if (s.state() != ARCHIVED) {
      return Decision.refuse("reopen_not_archived", "Only an archived item can be reopened");
    }
    if (s.reviews() != Reviews.NONE && s.standing() != Standing.REVIEWER) {
      return Decision.refuse(
          "policy_reviewers_only_reopen",
          "Under this office's policy only publishers and administrators reopen");
    }
    return Decision.allow(DRAFT);
  }
}
