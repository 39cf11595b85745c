package org.meridian.content.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.meridian.content.ContentItem;
import org.meridian.content.ContentItemChanged;
import org.meridian.content.LiveContentChanged;
import org.meridian.content.Revision;
import org.meridian.content.RevisionSaved;
import org.meridian.content.RichTextBlocks;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * Keeps the index in step with the content, in the transaction of each change (a change that is
 * rolled back leaves the index as it was): a saved revision replaces the item's latest document, a
 * publish its live one, going offline drops the live one, the trash and deleting for good drop
 * both, and a restore from the trash brings the latest one back.
 */
@ApplicationScoped
class SearchIndexer {

  @Inject private OfficeData data;
  @Inject private TenantContext tenant;
  @Inject private SearchEngine engine;

  void onRevisionSaved(@Observes RevisionSaved saved) {
    ContentItem item = data.entityManager().find(ContentItem.class, saved.itemId());
    if (item != null && !item.isTrashed() && item.latestRevision() != null) {
      engine.put(document(item, Variant.LATEST, item.latestRevision()));
    }
  }

  void onLiveContentChanged(@Observes LiveContentChanged change) {
    ContentItem item = data.entityManager().find(ContentItem.class, change.itemId());
    if (change.change() == LiveContentChanged.Change.PUBLISHED
        && item != null
        && item.isLive()
        && !item.isTrashed()) {
      engine.put(document(item, Variant.LIVE, item.liveRevision()));
    } else {
      engine.remove(officeId(), change.itemId(), Variant.LIVE);
    }
  }

  void onItemChanged(@Observes ContentItemChanged change) {
    switch (change.change()) {
      case TRASHED, PURGING -> engine.remove(officeId(), change.itemId(), null);
      case RESTORED_FROM_TRASH -> {
        ContentItem item = data.entityManager().find(ContentItem.class, change.itemId());
        if (item != null && item.latestRevision() != null) {
          engine.put(document(item, Variant.LATEST, item.latestRevision()));
        }
      }
      // A restored revision is a saved revision: RevisionSaved has indexed it.
      case REVISION_RESTORED -> {}
    }
  }

  /** Indexes every item of the current office afresh; returns how many documents it wrote. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  int reindexCurrentOffice() {
    int written = 0;
    for (ContentItem item :
        data.entityManager()
            .createQuery(
                "select i from ContentItem i where i.trashedAt is null"
                    + " and i.latestRevision is not null",
                ContentItem.class)
            .getResultList()) {
      engine.put(document(item, Variant.LATEST, item.latestRevision()));
      written++;
      if (item.isLive()) {
        engine.put(document(item, Variant.LIVE, item.liveRevision()));
        written++;
      }
    }
    return written;
  }

  @Transactional
  long indexSize() {
    return engine.size();
  }

  private IndexedDocument document(ContentItem item, Variant variant, Revision revision) {
    return new IndexedDocument(
        officeId(),
        item.getId(),
        variant,
        item.language(),
        revision.number(),
        revision.title(),
        revision.summary(),
        bodyText(revision.body()));
  }

  /** The body's words without markup, one block a line. */
  static String bodyText(String html) {
    return String.join("\n", RichTextBlocks.of(html));
  }

  private long officeId() {
    return tenant.require().id();
  }
}
