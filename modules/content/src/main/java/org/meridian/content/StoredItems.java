package org.meridian.content;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.util.function.Supplier;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * The current office's items and revisions as the writes find them — an item in the trash is not
 * there — and how a write ends: flushed, with a clash with another transaction refused as a {@link
 * ContentConflictException} rather than a server error at commit.
 */
final class StoredItems {

  private StoredItems() {}

  /** The item, if it exists and is not in the trash. */
  static ContentItem item(EntityManager em, long itemId) {
    ContentItem item = em.find(ContentItem.class, itemId);
    if (item == null || item.isTrashed()) {
      throw ContentNotFoundException.item(itemId);
    }
    return item;
  }

  /**
   * The item, its row locked until the transaction ends: saves of one item queue up. An item in the
   * trash is not there for editing.
   */
  static ContentItem lockedItem(EntityManager em, long itemId) {
    ContentItem item = em.find(ContentItem.class, itemId, LockModeType.PESSIMISTIC_WRITE);
    if (item == null || item.isTrashed()) {
      throw ContentNotFoundException.item(itemId);
    }
    return item;
  }

  /** Revision {@code number} of {@code item}. */
  static Revision revision(EntityManager em, ContentItem item, int number) {
    return em.createQuery(
            "select r from Revision r where r.item = :item and r.number = :number", Revision.class)
        .setParameter("item", item)
        .setParameter("number", number)
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () ->
                new ContentRefusedException(
                    Refusal.of(
                        "content.no_revision_0_latest_1",
                        "The item has no revision {0} (its latest is {1})",
                        number,
                        item.latestRevision() == null ? 0 : item.latestRevision().number())));
  }

  /**
   * Runs a write and flushes it, turning a clash with another transaction into a {@link
   * ContentConflictException}. The transaction is rolled back either way.
   */
  static <T> T flushed(OfficeData data, long itemId, Supplier<T> write) {
    try {
      T result = write.get();
      data.entityManager().flush();
      return result;
    } catch (OptimisticLockException | PessimisticLockException | LockTimeoutException clash) {
      throw new ContentConflictException(
          itemId,
          Refusal.of(
              "content.conflict_nothing_saved",
              "Someone else changed this item at the same moment: nothing was saved. Reload it and"
                  + " try again."));
    }
  }
}
