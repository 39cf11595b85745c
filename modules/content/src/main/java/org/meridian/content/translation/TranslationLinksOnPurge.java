package org.meridian.content.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.meridian.content.ContentItemChanged;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * An item deleted for good leaves its translation set, in the same transaction: the link that made
 * it a translation goes, and if it was the source, its translations become items of their own.
 */
@ApplicationScoped
class TranslationLinksOnPurge {

  @Inject private OfficeData data;

  void onPurging(@Observes ContentItemChanged change) {
    if (change.change() != ContentItemChanged.Change.PURGING) {
      return;
    }
    data.entityManager()
        .createQuery("delete from Translation t where t.item.id = :item or t.source.id = :item")
        .setParameter("item", change.itemId())
        .executeUpdate();
  }
}
