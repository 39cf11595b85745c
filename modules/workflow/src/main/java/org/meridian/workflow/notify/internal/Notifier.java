package org.meridian.workflow.notify.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.people.AccountDirectory;
import org.meridian.tenancy.persistence.OfficeData;
import org.meridian.workflow.notify.Notification;
import org.meridian.workflow.notify.NotificationRules;
import org.meridian.workflow.notify.NotificationRules.Member;
import org.meridian.workflow.notify.NotificationRules.Planned;
import org.meridian.workflow.review.ItemTransitioned;
import org.meridian.workflow.schedule.ScheduledChangeFailed;

/**
 * Writes the notifications a step or a failed schedule causes, and queues their e-mail, in the
 * transaction the event is fired in (a plain synchronous observer): they stand or fall with the
 * step. Sending happens later, outside it ({@code MailTicker}).
 */
@ApplicationScoped
class Notifier {

  @Inject private OfficeData data;
  @Inject private TenantContext tenant;
  @Inject private NotificationMail mail;

  @Inject private AccountDirectory accounts;

  void onStep(@Observes ItemTransitioned step) {
    OfficeRef office = requireOffice(step.officeId());
    for (Planned p : NotificationRules.forStep(step, members(office))) {
      write(office, p, step.itemId(), step.title(), step.actor());
    }
  }

  void onScheduleFailed(@Observes ScheduledChangeFailed failure) {
    OfficeRef office = requireOffice(failure.officeId());
    for (Planned p : NotificationRules.forScheduleFailure(failure, members(office))) {
      write(office, p, failure.itemId(), failure.title(), "scheduler (" + failure.node() + ")");
    }
  }

  private void write(OfficeRef office, Planned planned, long itemId, String title, String actor) {
    Notification notification =
        new Notification(
            planned.recipient(), planned.kind(), itemId, title, planned.message(), actor);
    data.entityManager().persist(notification);
    mail.queue(office, notification);
  }

  /** The office's members who can sign in, with their roles there. */
  private List<Member> members(OfficeRef office) {
    return accounts.activeMembersOf(office).stream()
        .map(m -> new Member(m.getKey(), m.getValue()))
        .toList();
  }

  /** The event's office must be the one being worked for: notifications never cross offices. */
  private OfficeRef requireOffice(long officeId) {
    OfficeRef office = tenant.require();
    if (office.id() != officeId) {
      throw new IllegalStateException(
          "A step of office " + officeId + " was announced while working for " + office.code());
    }
    return office;
  }
}
