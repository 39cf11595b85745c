package org.meridian.content.syndication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.meridian.content.ContentItem;
import org.meridian.content.ContentNotFoundException;
import org.meridian.content.ContentService;
import org.meridian.content.ContentType;
import org.meridian.content.EditorQueries;
import org.meridian.content.LiveRevisions;
import org.meridian.content.Revision;
import org.meridian.content.RevisionDiff;
import org.meridian.content.Slug;
import org.meridian.content.fields.FieldDefinition;
import org.meridian.content.fields.Jsons;
import org.meridian.content.syndication.internal.TargetRows;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * The receiving office's side of syndication: its copies of items other offices shared with it. The
 * fan-out makes, updates and withdraws copies through it (as the receiving office, one office per
 * transaction); the office lists them, declines or takes back those that are not mandatory, and
 * reviews what changed in the source.
 */
@ApplicationScoped
@Transactional
public class Copies {

  @Inject private OfficeData data;
  @Inject private TenantContext tenant;
  @Inject private ContentService content;
  @Inject private LiveRevisions live;
  @Inject private EditorQueries queries;
  @Inject private TargetRows rows;
  @Inject private Event<SyndicationChanged> changed;
  @Inject private Event<CopySourceMoved> sourceMoved;

  @Inject private Clock clock;

  /**
   * Makes (or, after a withdrawal and a new sharing, takes back) the current office's copy of the
   * shared item and brings it up to date. Returns the copy's item id.
   */
  public long carry(SharingSnapshot sharing) {
    EntityManager em = data.entityManager();
    Optional<SharedCopy> existing = bySource(em, sharing.sourceOfficeId(), sharing.sourceItemId());
    SharedCopy copy;
    if (existing.isPresent()) {
      copy = existing.get();
      copy.rejoin(sharing);
    } else {
      Slug slug = queries.freeSlug(sharing.language(), new Slug(sharing.slug()));
      ContentItem item =
          content.create(
              sharing.type(),
              sharing.language(),
              slug,
              sharing.inherited().toInput(Jsons.createObjectBuilder().build()),
              sharing.changedBy());
      copy = new SharedCopy(item.getId(), sharing);
      em.persist(copy);
      em.flush();
    }
    apply(em, copy, sharing);
    return copy.itemId();
  }

  /** Brings the office's copy up to date with the sharing's snapshot. */
  public void follow(SharingSnapshot sharing) {
    EntityManager em = data.entityManager();
    bySource(em, sharing.sourceOfficeId(), sharing.sourceItemId())
        .filter(c -> c.syndicationId() == sharing.syndicationId())
        .ifPresent(copy -> apply(em, copy, sharing));
  }

  /** The source office withdrew the item: the copy goes offline, marked withdrawn. */
  public void withdraw(SharingSnapshot sharing) {
    EntityManager em = data.entityManager();
    Optional<SharedCopy> found = bySource(em, sharing.sourceOfficeId(), sharing.sourceItemId());
    if (found.isEmpty() || found.get().syndicationId() != sharing.syndicationId()) {
      return;
    }
    SharedCopy copy = found.get();
    ContentItem item = em.find(ContentItem.class, copy.itemId());
    if (item != null && item.isLive()) {
      live.unpublish(item.getId(), sharing.changedBy());
    }
    copy.withdrawn(sharing.changedBy(), Instant.now(clock));
  }

  private void apply(EntityManager em, SharedCopy copy, SharingSnapshot sharing) {
    ContentItem item = em.find(ContentItem.class, copy.itemId());
    if (item == null || item.isTrashed()) {
      return;
    }
    ContentType type = item.type();
    SharedFields before = copy.inherited(type);
    SharedFields after = sharing.inherited();
    Set<String> overrides = new LinkedHashSet<>(copy.overrides());
    overrides.removeAll(sharing.locked());
    boolean translated = hasTranslations(em, item.getId());
    boolean draftWaiting = item.isLive() && item.hasUnpublishedChanges();
    boolean review =
        SyndicationRules.needsReview(before, after, overrides, translated)
            || (draftWaiting && !before.differencesFrom(after).isEmpty());
    boolean moved = !copy.sourcePath().equals(sharing.sourcePath());
    copy.follow(sharing, review, Instant.now(clock));
    if (moved && item.isLive()) {
      sourceMoved.fire(new CopySourceMoved(tenant.require().code(), item.getId()));
    }
    Revision latest = item.latestRevision();
    SharedFields current = SharedFields.of(latest);
    SharedFields merged = SharedFields.merge(after, current, overrides);
    if (!merged.differencesFrom(current).isEmpty()) {
      content.saveRevision(item.getId(), merged.toInput(localFields(latest)), sharing.changedBy());
    }
    if (copy.status() != CopyStatus.CARRIED) {
      return;
    }
    if (sharing.sourceLive() && !draftWaiting && (!item.isLive() || item.hasUnpublishedChanges())) {
      live.publishLatest(item.getId(), sharing.changedBy());
    } else if (!sharing.sourceLive() && item.isLive()) {
      live.unpublish(item.getId(), sharing.changedBy());
    }
  }

  /** The office's copies, those whose source changed first, then the newest. */
  public List<CopyView> list() {
    EntityManager em = data.entityManager();
    List<CopyView> views = new ArrayList<>();
    for (SharedCopy copy :
        em.createQuery(
                "select c from SharedCopy c order by c.sourceChangedSince, c.id desc",
                SharedCopy.class)
            .getResultList()) {
      ContentItem item = em.find(ContentItem.class, copy.itemId());
      if (item != null && !item.isTrashed()) {
        views.add(CopyView.of(copy, item));
      }
    }
    views.sort(
        java.util.Comparator.comparing((CopyView v) -> !v.sourceChanged())
            .thenComparing(CopyView::itemId, java.util.Comparator.reverseOrder()));
    return views;
  }

  /** The copy that item {@code itemId} of the office is, if it is one. */
  public Optional<CopyView> copyOf(long itemId) {
    EntityManager em = data.entityManager();
    return byItem(em, itemId)
        .map(copy -> CopyView.of(copy, em.find(ContentItem.class, copy.itemId())));
  }

  /**
   * The names of the fields of item {@code itemId} that its source locked ({@link SharedFields}
   * names), empty when the item is not a shared copy: the editor shows them read-only.
   */
  public Set<String> lockedFields(long itemId) {
    return byItem(data.entityManager(), itemId).map(SharedCopy::locked).orElse(Set.of());
  }

  /** The public address of the source of a live copy, for its canonical link. */
  public Optional<String> canonicalPathOf(long itemId) {
    return byItem(data.entityManager(), itemId)
        .filter(c -> c.status() == CopyStatus.CARRIED)
        .map(SharedCopy::sourcePath);
  }

  /**
   * What changed in the source since the office last reviewed its copy, field by field (from the
   * source revision it reviewed to the one it inherits now).
   */
  public RevisionDiff sourceChanges(long itemId) {
    EntityManager em = data.entityManager();
    SharedCopy copy = requireCopy(em, itemId);
    ContentType type = em.find(ContentItem.class, itemId).type();
    return RevisionDiff.of(
        copy.reviewedRevision(),
        readable(type, copy.reviewed(type)),
        copy.sourceRevision(),
        readable(type, copy.inherited(type)));
  }

  /** The office reviewed what changed in the source: the flag goes. */
  public void confirm(long itemId, String actor) {
    EntityManager em = data.entityManager();
    SharedCopy copy = requireCopy(em, itemId);
    if (!copy.sourceChanged()) {
      throw new SyndicationRefusedException(
          Refusal.of(
              "syndication.copy_up_to_date",
              "The copy is up to date with its source: there is nothing to confirm."));
    }
    copy.confirm();
    changed.fire(event(copy, SyndicationChanged.What.CONFIRMED, "source changes reviewed", actor));
  }

  /** The office does not carry the item (never a mandatory one): it goes offline. */
  public void decline(long itemId, String actor) {
    EntityManager em = data.entityManager();
    SharedCopy copy = requireCopy(em, itemId);
    copy.decline(actor, Instant.now(clock));
    ContentItem item = em.find(ContentItem.class, itemId);
    if (item.isLive()) {
      live.unpublish(itemId, actor);
    }
    rows.reportByReceiver(
        copy.syndicationId(),
        tenant.require().id(),
        TargetState.DECLINED,
        "declined by " + actor,
        actor);
    changed.fire(event(copy, SyndicationChanged.What.DECLINED, "declined", actor));
  }

  /** The office takes back an item it declined: it follows its source again. */
  public void accept(long itemId, String actor) {
    EntityManager em = data.entityManager();
    SharedCopy copy = requireCopy(em, itemId);
    copy.accept(actor, Instant.now(clock));
    rows.reportByReceiver(
        copy.syndicationId(), tenant.require().id(), TargetState.CARRIED, null, actor);
    rows.snapshotOfSharing(copy.syndicationId(), tenant.require().id())
        .ifPresent(sharing -> apply(em, copy, sharing));
    changed.fire(event(copy, SyndicationChanged.What.ACCEPTED, "carried again", actor));
  }

  private SyndicationChanged event(
      SharedCopy copy, SyndicationChanged.What what, String detail, String actor) {
    return new SyndicationChanged(
        tenant.require().code(),
        copy.itemId(),
        what,
        detail + " (shared by " + copy.sourceOfficeCode() + ")",
        actor);
  }

  private static java.util.Map<String, String> readable(ContentType type, SharedFields fields) {
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    for (String name : SharedFields.names(type)) {
      String value = fields.value(name);
      out.put(
          SharedFields.label(type, name),
          SharedFields.BODY.equals(name)
              ? String.join("\n", org.meridian.content.RichTextBlocks.of(value))
              : value);
    }
    return out;
  }

  private static JsonObject localFields(Revision latest) {
    JsonObject json = latest.fields().json();
    JsonObjectBuilder local = Jsons.createObjectBuilder();
    for (FieldDefinition field : latest.item().type().fields()) {
      if (SharedFields.isLocal(field) && json.containsKey(field.name())) {
        local.add(field.name(), json.get(field.name()));
      }
    }
    return local.build();
  }

  private static boolean hasTranslations(EntityManager em, long itemId) {
    return em.createQuery("select count(t) from Translation t where t.source.id = :id", Long.class)
            .setParameter("id", itemId)
            .getSingleResult()
        > 0;
  }

  private static SharedCopy requireCopy(EntityManager em, long itemId) {
    ContentItem item = em.find(ContentItem.class, itemId);
    if (item == null || item.isTrashed()) {
      throw ContentNotFoundException.item(itemId);
    }
    return byItem(em, itemId)
        .orElseThrow(
            () ->
                new SyndicationRefusedException(
                    Refusal.of(
                        "syndication.not_a_copy_0",
                        "Item {0} is not a copy of a shared item.",
                        itemId)));
  }

  static Optional<SharedCopy> byItem(EntityManager em, long itemId) {
    return em.createQuery("select c from SharedCopy c where c.itemId = :item", SharedCopy.class)
        .setParameter("item", itemId)
        .getResultStream()
        .findFirst();
  }

  private static Optional<SharedCopy> bySource(EntityManager em, long office, long item) {
    return em.createQuery(
            "select c from SharedCopy c where c.sourceOfficeId = :office"
                + " and c.sourceItemId = :item",
            SharedCopy.class)
        .setParameter("office", office)
        .setParameter("item", item)
        .getResultStream()
        .findFirst();
  }
}
