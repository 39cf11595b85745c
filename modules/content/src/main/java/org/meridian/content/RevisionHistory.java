package org.meridian.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * Reads an item's revisions for editors: the history, newest first, with which one is live and
 * which is the latest, and readable comparisons of any two. Items in the trash have no history here
 * until they are restored.
 */
@ApplicationScoped
@Transactional
public class RevisionHistory {

  @Inject private OfficeData data;

  /** The item's revisions, newest first. */
  public ItemHistory of(long itemId) {
    EntityManager em = data.entityManager();
    ContentItem item = present(em, itemId);
    Revision latest = item.latestRevision();
    Revision live = item.liveRevision();
    var revisions =
        em.createQuery(
                "select r from Revision r where r.item = :item order by r.number desc",
                Revision.class)
            .setParameter("item", item)
            .getResultStream()
            .map(
                r ->
                    new RevisionEntry(
                        r.number(),
                        r.author(),
                        r.savedAt(),
                        r.title(),
                        live != null && live.number() == r.number(),
                        r.number() == latest.number(),
                        r.restoredFrom()))
            .toList();
    return new ItemHistory(
        item.getId(),
        item.type(),
        item.language().value(),
        item.slug().value(),
        latest.title(),
        latest.number(),
        live == null ? null : live.number(),
        revisions);
  }

  /**
   * What changed from revision {@code from} to revision {@code to} of the item (either may be the
   * newer one).
   *
   * @throws IllegalArgumentException when the item has no such revision
   */
  public RevisionDiff compare(long itemId, int from, int to) {
    EntityManager em = data.entityManager();
    ContentItem item = present(em, itemId);
    return RevisionDiff.between(
        StoredItems.revision(em, item, from), StoredItems.revision(em, item, to));
  }

  private static ContentItem present(EntityManager em, long itemId) {
    ContentItem item = StoredItems.item(em, itemId);
    if (item.latestRevision() == null) {
      throw ContentNotFoundException.item(itemId);
    }
    return item;
  }
}
