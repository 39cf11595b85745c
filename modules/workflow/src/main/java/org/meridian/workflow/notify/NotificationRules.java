package org.meridian.workflow.notify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.meridian.tenancy.people.Role;
import org.meridian.tenancy.permission.OfficeAction;
import org.meridian.tenancy.permission.OfficeRelation;
import org.meridian.tenancy.permission.PermissionRule;
import org.meridian.workflow.review.ItemTransitioned;
import org.meridian.workflow.schedule.ScheduledAction;
import org.meridian.workflow.schedule.ScheduledChangeFailed;

/**
 * Who is told what, decided from the step and the office's members as they are now:
 *
 * <ul>
 *   <li>{@code SUBMIT}: every publisher and office administrator of the office gets {@link
 *       NotificationKind#AWAITING_REVIEW} (HQ roles without a membership there do not);
 *   <li>{@code REQUEST_CHANGES}: the revision's author gets {@link
 *       NotificationKind#CHANGES_REQUESTED}, with the reviewer's comment;
 *   <li>{@code PUBLISH}: the revision's author gets {@link NotificationKind#PUBLISHED};
 *   <li>a scheduled change that failed: whoever scheduled it gets {@link
 *       NotificationKind#SCHEDULE_FAILED}, with the reason.
 * </ul>
 *
 * Nobody is told about their own step, and only people who work in the office now (an active
 * account with a membership there) are told anything: someone who left is not written to.
 */
public final class NotificationRules {

  /** A person who works in the office, with their role there. */
  public record Member(String email, Role role) {
    public Member {
      email = email.strip().toLowerCase(Locale.ROOT);
    }
  }

  /** A notification to write. */
  public record Planned(String recipient, NotificationKind kind, String message) {}

  private NotificationRules() {}

  /** The notifications a step of the editorial process causes. */
  public static List<Planned> forStep(ItemTransitioned step, List<Member> members) {
    String actor = normalise(step.actor());
    String item = quoted(step.title()) + " (revision " + step.revisionNumber() + ")";
    List<Planned> planned = new ArrayList<>();
    switch (step.transition()) {
      case SUBMIT -> {
        String message = step.actor() + " submitted " + item + " for review." + comment(step);
        for (String reviewer : reviewers(members)) {
          if (!reviewer.equals(actor)) {
            planned.add(new Planned(reviewer, NotificationKind.AWAITING_REVIEW, message));
          }
        }
      }
      case REQUEST_CHANGES ->
          toAuthor(
              step,
              members,
              NotificationKind.CHANGES_REQUESTED,
              step.actor()
                  + " asked for changes to "
                  + item
                  + ":"
                  + (blank(step.comment()) ? " (no comment given)" : " " + step.comment().strip()),
              planned);
      case PUBLISH ->
          toAuthor(
              step,
              members,
              NotificationKind.PUBLISHED,
              step.actor() + " published " + item + ": it is live now.",
              planned);
      default -> {
        // Approvals, unpublishing, archiving and reopening tell nobody (yet).
      }
    }
    return planned;
  }

  /** The notification a failed scheduled change causes. */
  public static List<Planned> forScheduleFailure(
      ScheduledChangeFailed failure, List<Member> members) {
    String who = normalise(failure.requestedBy());
    if (who == null || !worksHere(who, members)) {
      return List.of();
    }
    String what =
        failure.action() == ScheduledAction.PUBLISH
            ? "The scheduled publish of revision " + failure.revisionNumber() + " of "
            : "The scheduled unpublish of ";
    String title = failure.title() == null ? "item " + failure.itemId() : quoted(failure.title());
    return List.of(
        new Planned(
            who,
            NotificationKind.SCHEDULE_FAILED,
            what
                + title
                + " failed: "
                + failure.why()
                + ". Nothing was changed; schedule it again."));
  }

  private static void toAuthor(
      ItemTransitioned step,
      List<Member> members,
      NotificationKind kind,
      String message,
      List<Planned> planned) {
    String author = normalise(step.revisionAuthor());
    if (author != null && !author.equals(normalise(step.actor())) && worksHere(author, members)) {
      planned.add(new Planned(author, kind, message));
    }
  }

  /** The office's publishers and administrators, each once. */
  static Set<String> reviewers(List<Member> members) {
    Set<String> reviewers = new LinkedHashSet<>();
    for (Member m : members) {
      if (PermissionRule.allows(m.role(), OfficeRelation.OWN, OfficeAction.BE_ASKED_TO_REVIEW)) {
        reviewers.add(m.email());
      }
    }
    return reviewers;
  }

  private static boolean worksHere(String email, List<Member> members) {
    return members.stream().anyMatch(m -> m.email().equals(email));
  }

  private static String comment(ItemTransitioned step) {
    return blank(step.comment()) ? "" : " Comment: " + step.comment().strip();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static String quoted(String title) {
    return "“" + (title == null ? "" : title.strip()) + "”";
  }

  private static String normalise(String email) {
    return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
  }
}
