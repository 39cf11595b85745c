package org.meridian.workflow.lock.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.meridian.content.ContentItemChanged;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * Edit locks follow their item out, in the same transaction: an item moved to the trash or deleted
 * for good is no longer being edited by anyone.
 */
@ApplicationScoped
class LocksOfRemovedItems {

  @Inject private OfficeData data;

  void onItemChanged(@Observes ContentItemChanged change) {
    switch (change.change()) {
      case TRASHED, PURGING ->
          data.entityManager()
              .createQuery("delete from EditLock l where l.itemId = :item")
              .setParameter("item", change.itemId())
              .executeUpdate();
      default -> {
        // A restored item has no editor yet.
      }
    }
  }
}
