package org.meridian.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The editorial rules as a table. Columns: step, state, live, policy, approvals so far, standing,
 * author of the revision, approved it already, comment given → the next state, or "no: " and a
 * fragment of the reason.
 */
class WorkflowRulesTest {

  @ParameterizedTest(name = "{0} from {1} (live {2}, {3}, {4} approvals, {5}, author {6}) -> {9}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # Submitting: anyone working in the office, under any policy
          SUBMIT          | DRAFT             | false | ONE  | 0 | EDITOR   | true  | false | false | IN_REVIEW
          SUBMIT          | CHANGES_REQUESTED | false | TWO  | 1 | EDITOR   | true  | false | false | IN_REVIEW
          SUBMIT          | DRAFT             | true  | NONE | 0 | EDITOR   | true  | false | false | IN_REVIEW
          SUBMIT          | IN_REVIEW         | false | ONE  | 0 | EDITOR   | true  | false | false | no: already waiting
          SUBMIT          | PUBLISHED         | true  | ONE  | 0 | EDITOR   | true  | false | false | no: already live
          SUBMIT          | ARCHIVED          | false | ONE  | 0 | REVIEWER | false | false | false | no: reopen it first
          SUBMIT          | DRAFT             | false | ONE  | 0 | OUTSIDER | false | false | false | no: working in the item's office
          # Approving: reviewers, never their own revision, never twice
          APPROVE         | IN_REVIEW         | false | ONE  | 0 | REVIEWER | false | false | false | APPROVED
          APPROVE         | IN_REVIEW         | false | TWO  | 0 | REVIEWER | false | false | false | IN_REVIEW
          APPROVE         | IN_REVIEW         | false | TWO  | 1 | REVIEWER | false | false | false | APPROVED
          APPROVE         | IN_REVIEW         | false | NONE | 0 | REVIEWER | false | false | false | APPROVED
          APPROVE         | IN_REVIEW         | false | ONE  | 0 | REVIEWER | true  | false | false | no: your own revision
          APPROVE         | IN_REVIEW         | false | NONE | 0 | REVIEWER | true  | false | false | no: your own revision
          APPROVE         | IN_REVIEW         | false | TWO  | 1 | REVIEWER | false | true  | false | no: already approved
          APPROVE         | IN_REVIEW         | false | ONE  | 0 | EDITOR   | false | false | false | no: Only publishers and administrators approve
          APPROVE         | DRAFT             | false | ONE  | 0 | REVIEWER | false | false | false | no: waiting for review
          APPROVE         | APPROVED          | false | ONE  | 1 | REVIEWER | false | false | false | no: waiting for review
          APPROVE         | IN_REVIEW         | false | ONE  | 0 | OUTSIDER | false | false | false | no: working in the item's office
          # Requesting changes: reviewers, with a comment
          REQUEST_CHANGES | IN_REVIEW         | false | ONE  | 0 | REVIEWER | false | false | true  | CHANGES_REQUESTED
          REQUEST_CHANGES | APPROVED          | false | TWO  | 2 | REVIEWER | false | false | true  | CHANGES_REQUESTED
          REQUEST_CHANGES | IN_REVIEW         | false | ONE  | 0 | REVIEWER | false | false | false | no: needs a comment
          REQUEST_CHANGES | IN_REVIEW         | false | ONE  | 0 | EDITOR   | false | false | true  | no: Only publishers and administrators request
          REQUEST_CHANGES | DRAFT             | false | ONE  | 0 | REVIEWER | false | false | true  | no: in review or approved
          # Publishing, direct policy: anyone working in the office, from any state but live or archived
          PUBLISH         | DRAFT             | false | NONE | 0 | EDITOR   | true  | false | false | PUBLISHED
          PUBLISH         | CHANGES_REQUESTED | true  | NONE | 0 | EDITOR   | true  | false | false | PUBLISHED
          PUBLISH         | UNPUBLISHED       | false | NONE | 0 | EDITOR   | false | false | false | PUBLISHED
          PUBLISH         | PUBLISHED         | true  | NONE | 0 | EDITOR   | true  | false | false | no: already live
          PUBLISH         | ARCHIVED          | false | NONE | 0 | REVIEWER | false | false | false | no: reopen it first
          PUBLISH         | DRAFT             | false | NONE | 0 | OUTSIDER | false | false | false | no: working in the item's office
          # Publishing under review: reviewers, once approved (or the approved revision again)
          PUBLISH         | APPROVED          | false | ONE  | 1 | REVIEWER | false | false | false | PUBLISHED
          PUBLISH         | APPROVED          | true  | TWO  | 2 | REVIEWER | true  | false | false | PUBLISHED
          PUBLISH         | UNPUBLISHED       | false | ONE  | 0 | REVIEWER | false | false | false | PUBLISHED
          PUBLISH         | DRAFT             | false | ONE  | 0 | REVIEWER | true  | false | false | no: needs an approval before it can be published: submit it
          PUBLISH         | DRAFT             | false | ONE  | 0 | REVIEWER | false | false | false | no: submit it for review
          PUBLISH         | IN_REVIEW         | false | TWO  | 1 | REVIEWER | false | false | false | no: needs 2 approvals from different reviewers before it can be published (it has 1)
          PUBLISH         | CHANGES_REQUESTED | false | ONE  | 0 | REVIEWER | false | false | false | no: needs an approval
          PUBLISH         | APPROVED          | false | ONE  | 1 | EDITOR   | true  | false | false | no: only publishers and administrators publish
          PUBLISH         | UNPUBLISHED       | false | TWO  | 0 | EDITOR   | false | false | false | no: only publishers and administrators publish
          PUBLISH         | DRAFT             | false | ONE  | 0 | EDITOR   | true  | false | false | no: needs an approval before it can be published: submit it for review
          # Unpublishing: what is live; under review only reviewers
          UNPUBLISH       | PUBLISHED         | true  | NONE | 0 | EDITOR   | false | false | false | UNPUBLISHED
          UNPUBLISH       | PUBLISHED         | true  | ONE  | 0 | REVIEWER | false | false | false | UNPUBLISHED
          UNPUBLISH       | IN_REVIEW         | true  | ONE  | 0 | REVIEWER | false | false | false | IN_REVIEW
          UNPUBLISH       | PUBLISHED         | true  | ONE  | 0 | EDITOR   | false | false | false | no: only publishers and administrators unpublish
          UNPUBLISH       | DRAFT             | false | NONE | 0 | EDITOR   | true  | false | false | no: not on the site
          # Archiving and reopening
          ARCHIVE         | PUBLISHED         | true  | NONE | 0 | EDITOR   | false | false | false | ARCHIVED
          ARCHIVE         | IN_REVIEW         | false | TWO  | 0 | REVIEWER | false | false | false | ARCHIVED
          ARCHIVE         | DRAFT             | false | ONE  | 0 | EDITOR   | true  | false | false | no: only publishers and administrators archive
          ARCHIVE         | ARCHIVED          | false | NONE | 0 | EDITOR   | false | false | false | no: already archived
          REOPEN          | ARCHIVED          | false | NONE | 0 | EDITOR   | false | false | false | DRAFT
          REOPEN          | ARCHIVED          | false | ONE  | 0 | REVIEWER | false | false | false | DRAFT
          REOPEN          | ARCHIVED          | false | ONE  | 0 | EDITOR   | false | false | false | no: only publishers and administrators reopen
          REOPEN          | DRAFT             | false | NONE | 0 | EDITOR   | false | false | false | no: Only an archived item
          """)
  void decides(
      Transition step,
      EditorialState state,
      boolean live,
      Reviews reviews,
      int approvals,
      Standing standing,
      boolean author,
      boolean approvedAlready,
      boolean comment,
      String expected) {
    Decision decision =
        WorkflowRules.decide(
            step,
            new Situation(
                state, live, reviews, approvals, standing, author, approvedAlready, comment));
    if (expected.startsWith("no: ")) {
      assertThat(decision.allowed()).as("refused").isFalse();
      assertThat(decision.reason()).containsIgnoringCase(expected.substring(4));
    } else {
      assertThat(decision.allowed()).as(decision.reason()).isTrue();
      assertThat(decision.next()).isEqualTo(EditorialState.valueOf(expected));
    }
  }
}
