package org.meridian.workflow.schedule.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import org.meridian.content.ContentItemChanged;
import org.meridian.tenancy.persistence.OfficeData;
import org.meridian.workflow.schedule.ScheduleStatus;

/**
 * Schedules follow their item out, in the same transaction: moving an item to the trash cancels its
 * pending schedules (restoring it does not bring them back: it returns as a draft, to be scheduled
 * again); deleting it for good deletes its schedules (the audit trail keeps what they did).
 */
@ApplicationScoped
class SchedulesOfRemovedItems {

  @Inject private OfficeData data;
  @Inject private Clock clock;

  void onItemChanged(@Observes ContentItemChanged change) {
    var em = data.entityManager();
    switch (change.change()) {
      case TRASHED ->
          em.createQuery(
                  "update ScheduledChange c set c.status = :cancelled, c.finishedAt = :now,"
                      + " c.finishedBy = :actor, c.outcome = :outcome, c.modifiedAt = :now,"
                      + " c.version = c.version + 1"
                      + " where c.itemId = :item and c.status = :pending")
              .setParameter("cancelled", ScheduleStatus.CANCELLED)
              .setParameter("now", clock.instant())
              .setParameter("actor", change.actor())
              .setParameter("outcome", "cancelled: the item was moved to the trash")
              .setParameter("item", change.itemId())
              .setParameter("pending", ScheduleStatus.PENDING)
              .executeUpdate();
      case PURGING ->
          em.createQuery("delete from ScheduledChange c where c.itemId = :item")
              .setParameter("item", change.itemId())
              .executeUpdate();
      default -> {
        // Restores change nothing scheduled.
      }
    }
  }
}
