package org.meridian.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.meridian.content.media.MediaUses;
import org.meridian.tenancy.NoOfficeResolvedException;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * Which revision of the current office's items the public sees: makes one live, or takes an item
 * off the site, and tells with {@link LiveContentChanged}. It does not decide whether a revision
 * may go live: the workflow does, and then calls it.
 *
 * <p>Every change is flushed before the method returns, so that a clash with another transaction is
 * refused here with a {@link ContentConflictException}, not at commit with a server error.
 */
@ApplicationScoped
@Transactional
public class LiveRevisions {

  @Inject private OfficeData data;
  @Inject private TenantContext tenant;
  @Inject private Event<LiveContentChanged> liveChanged;
  @Inject private MediaUses mediaUses;
  @Inject private Clock clock;

  /**
   * Makes the latest revision of an item live. Called by the workflow once it allows it; {@code
   * actor} is who asked, for the audit trail.
   */
  public ContentItem publishLatest(long itemId, String actor) {
    EntityManager em = data.entityManager();
    return StoredItems.flushed(
        data,
        itemId,
        () -> {
          ContentItem item = StoredItems.item(em, itemId);
          return publish(em, item, item.latestRevision(), actor);
        });
  }

  /** Makes {@code revisionId} the live revision of its item. */
  public ContentItem publish(long revisionId, String actor) {
    EntityManager em = data.entityManager();
    Revision revision = em.find(Revision.class, revisionId);
    if (revision == null || revision.item().isTrashed()) {
      throw ContentNotFoundException.revision(revisionId);
    }
    return StoredItems.flushed(
        data, revision.item().getId(), () -> publish(em, revision.item(), revision, actor));
  }

  /** Takes an item off the public site. */
  public ContentItem unpublish(long itemId, String actor) {
    EntityManager em = data.entityManager();
    return StoredItems.flushed(
        data,
        itemId,
        () -> {
          ContentItem item = StoredItems.item(em, itemId);
          if (!item.isLive()) {
            throw new ContentStateRefusedException(
                Refusal.of("content.not_live", "The item is not live"));
          }
          Integer before = item.liveRevision().number();
          item.goOffline();
          fire(item, LiveContentChanged.Change.UNPUBLISHED, before, actor);
          return item;
        });
  }

  private ContentItem publish(EntityManager em, ContentItem item, Revision revision, String actor) {
    Integer before = item.isLive() ? item.liveRevision().number() : null;
    item.goLive(revision, Instant.now(clock));
    mediaUses.recordUsesOf(item);
    em.flush();
    fire(item, LiveContentChanged.Change.PUBLISHED, before, actor);
    return item;
  }

  private void fire(
      ContentItem item, LiveContentChanged.Change change, Integer before, String actor) {
    OfficeRef office = tenant.current().orElseThrow(NoOfficeResolvedException::new);
    liveChanged.fire(
        new LiveContentChanged(
            office.code(),
            item.getId(),
            item.language(),
            item.slug(),
            change,
            before,
            item.isLive() ? item.liveRevision().number() : null,
            Objects.requireNonNull(actor, "actor")));
  }
}
