package org.meridian.workflow.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meridian.tenancy.people.Role;
import org.meridian.workflow.notify.NotificationRules.Member;
import org.meridian.workflow.notify.NotificationRules.Planned;
import org.meridian.workflow.review.EditorialState;
import org.meridian.workflow.review.ItemTransitioned;
import org.meridian.workflow.review.Transition;
import org.meridian.workflow.schedule.ScheduledAction;
import org.meridian.workflow.schedule.ScheduledChangeFailed;

class NotificationRulesTest {

  private static final String EDITOR = "gambia.editor@meridian.example.org";
  private static final String ADMIN = "gambia.admin@meridian.example.org";
  private static final String PUBLISHER = "wca.publisher@meridian.example.org";
  private static final String OTHER_EDITOR = "another.editor@meridian.example.org";

  /** The Gambia as in the demo, plus a second editor. HQ administrators have no membership here. */
  private static final List<Member> GAMBIA =
      List.of(
          new Member(EDITOR, Role.EDITOR),
          new Member(OTHER_EDITOR, Role.EDITOR),
          new Member(ADMIN, Role.OFFICE_ADMIN),
          new Member("WCA.Publisher@meridian.example.org", Role.PUBLISHER));

  private static ItemTransitioned step(Transition t, String author, String actor, String comment) {
    return new ItemTransitioned(
        2,
        "gambia",
        42,
        "Rains arrive early",
        420,
        3,
        author,
        t,
        EditorialState.DRAFT,
        EditorialState.IN_REVIEW,
        actor,
        comment,
        Instant.parse("2026-11-27T10:00:00Z"));
  }

  private static List<String> recipients(List<Planned> planned) {
    return planned.stream().map(Planned::recipient).toList();
  }

  @Test
  void aSubmissionAwaitsTheReviewOfEveryPublisherAndOfficeAdministrator() {
    List<Planned> planned =
        NotificationRules.forStep(
            step(Transition.SUBMIT, EDITOR, EDITOR, "Please check dates"), GAMBIA);

    assertThat(recipients(planned)).containsExactlyInAnyOrder(ADMIN, PUBLISHER);
    assertThat(planned).allMatch(p -> p.kind() == NotificationKind.AWAITING_REVIEW);
    assertThat(planned.get(0).message())
        .contains(EDITOR)
        .contains("“Rains arrive early” (revision 3)")
        .contains("Please check dates");
  }

  @Test
  void aReviewerWhoSubmitsIsNotToldAboutTheirOwnSubmission() {
    List<Planned> planned =
        NotificationRules.forStep(step(Transition.SUBMIT, ADMIN, ADMIN, null), GAMBIA);
    assertThat(recipients(planned)).containsExactly(PUBLISHER);
  }

  @Test
  void someoneWithTwoReviewingRolesIsToldOnce() {
    List<Member> twice =
        List.of(new Member(ADMIN, Role.OFFICE_ADMIN), new Member(ADMIN, Role.PUBLISHER));
    assertThat(
            recipients(
                NotificationRules.forStep(step(Transition.SUBMIT, EDITOR, EDITOR, null), twice)))
        .containsExactly(ADMIN);
  }

  @Test
  void anOfficeWithoutReviewersNotifiesNobody() {
    List<Member> editorsOnly = List.of(new Member(EDITOR, Role.EDITOR));
    assertThat(
            NotificationRules.forStep(step(Transition.SUBMIT, EDITOR, EDITOR, null), editorsOnly))
        .isEmpty();
  }

  @Test
  void requestedChangesGoToTheRevisionsAuthorWithTheComment() {
    List<Planned> planned =
        NotificationRules.forStep(
            step(Transition.REQUEST_CHANGES, EDITOR, PUBLISHER, "The second paragraph is wrong"),
            GAMBIA);
    assertThat(planned)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.recipient()).isEqualTo(EDITOR);
              assertThat(p.kind()).isEqualTo(NotificationKind.CHANGES_REQUESTED);
              assertThat(p.message()).contains(PUBLISHER).contains("The second paragraph is wrong");
            });
  }

  @Test
  void publishingTellsTheAuthorUnlessTheyPublishedIt() {
    assertThat(NotificationRules.forStep(step(Transition.PUBLISH, EDITOR, PUBLISHER, null), GAMBIA))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.recipient()).isEqualTo(EDITOR);
              assertThat(p.kind()).isEqualTo(NotificationKind.PUBLISHED);
            });
    assertThat(
            NotificationRules.forStep(
                step(Transition.PUBLISH, ADMIN, "GAMBIA.ADMIN@meridian.example.org", null), GAMBIA))
        .isEmpty();
  }

  @Test
  void nobodyIsWrittenToAboutAnOfficeTheyNoLongerWorkIn() {
    String gone = "left.office@meridian.example.org";
    assertThat(NotificationRules.forStep(step(Transition.PUBLISH, gone, PUBLISHER, null), GAMBIA))
        .isEmpty();
    assertThat(
            NotificationRules.forStep(
                step(Transition.REQUEST_CHANGES, gone, PUBLISHER, "x"), GAMBIA))
        .isEmpty();
  }

  @Test
  void otherStepsTellNobody() {
    for (Transition t :
        List.of(Transition.APPROVE, Transition.UNPUBLISH, Transition.ARCHIVE, Transition.REOPEN)) {
      assertThat(NotificationRules.forStep(step(t, EDITOR, PUBLISHER, null), GAMBIA))
          .as(t.name())
          .isEmpty();
    }
  }

  @Test
  void aFailedScheduleIsToldToWhoeverScheduledIt() {
    ScheduledChangeFailed failed =
        new ScheduledChangeFailed(
            2,
            "gambia",
            7,
            42,
            "Rains arrive early",
            ScheduledAction.PUBLISH,
            3,
            OTHER_EDITOR,
            "The item no longer exists",
            "node-a",
            Instant.now());
    assertThat(NotificationRules.forScheduleFailure(failed, GAMBIA))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.recipient()).isEqualTo(OTHER_EDITOR);
              assertThat(p.kind()).isEqualTo(NotificationKind.SCHEDULE_FAILED);
              assertThat(p.message())
                  .contains("scheduled publish of revision 3")
                  .contains("The item no longer exists");
            });
  }

  @Test
  void aFailedScheduleOfSomeoneWhoLeftTellsNobody() {
    ScheduledChangeFailed failed =
        new ScheduledChangeFailed(
            2,
            "gambia",
            7,
            42,
            null,
            ScheduledAction.UNPUBLISH,
            null,
            "left.office@meridian.example.org",
            "gone",
            "node-a",
            Instant.now());
    assertThat(NotificationRules.forScheduleFailure(failed, GAMBIA)).isEmpty();
  }
}
