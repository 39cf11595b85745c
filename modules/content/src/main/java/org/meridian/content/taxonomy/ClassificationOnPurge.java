package org.meridian.content.taxonomy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.meridian.content.ContentItemChanged;
import org.meridian.tenancy.persistence.OfficeData;

/** An item deleted for good drops its themes and tags, in the same transaction. */
@ApplicationScoped
class ClassificationOnPurge {

  @Inject private OfficeData data;

  void onPurging(@Observes ContentItemChanged change) {
    if (change.change() != ContentItemChanged.Change.PURGING) {
      return;
    }
    var em = data.entityManager();
    em.createQuery("delete from ItemTheme t where t.item.id = :item")
        .setParameter("item", change.itemId())
        .executeUpdate();
    em.createQuery("delete from ItemTag t where t.item.id = :item")
        .setParameter("item", change.itemId())
        .executeUpdate();
  }
}
