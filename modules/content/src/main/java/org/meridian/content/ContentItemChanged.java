package org.meridian.content;

import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;

/**
 * Fired inside the transaction when an item's history or place changes without (by itself) changing
 * what is live: a revision restored as a new draft, the item moved to the trash, restored from it,
 * or about to be deleted for good. The audit trail records it in the same transaction; features
 * that keep rows pointing at items can drop them on {@link Change#PURGING}. A live item that goes
 * to the trash also fires {@link LiveContentChanged} (unpublished), for the caches.
 *
 * @param detail what exactly happened, for people (e.g. "revision 2 restored as revision 5")
 * @param actor who did it: an e-mail address, {@code api-token:<name>} or {@code system}
 */
public record ContentItemChanged(
    OfficeCode office,
    long itemId,
    LanguageTag language,
    Slug slug,
    Change change,
    String detail,
    String actor) {

  public enum Change {
    REVISION_RESTORED,
    TRASHED,
    RESTORED_FROM_TRASH,
    /** Fired just before the item and its revisions are deleted, in the same transaction. */
    PURGING
  }
}
