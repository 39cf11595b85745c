package org.meridian.workflow.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.meridian.content.ContentItemChanged;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * Items leaving take their place in the process with them, in the same transaction: moved to the
 * trash, an item forgets where it stood (restored, it is an offline draft whatever it was before);
 * deleted for good, its review notes go too (the audit trail keeps what was done).
 */
@ApplicationScoped
class WorkflowOfRemovedItems {

  @Inject private OfficeData data;

  void onItemChanged(@Observes ContentItemChanged change) {
    var em = data.entityManager();
    switch (change.change()) {
      case TRASHED, RESTORED_FROM_TRASH -> {
        // Forget where it stood, below.
      }
      case PURGING ->
          em.createQuery("delete from ReviewNote n where n.itemId = :item")
              .setParameter("item", change.itemId())
              .executeUpdate();
      default -> {
        return;
      }
    }
    em.createQuery("delete from ItemWorkflow w where w.itemId = :item")
        .setParameter("item", change.itemId())
        .executeUpdate();
  }
}
