package org.meridian.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.meridian.tenancy.NoOfficeResolvedException;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * Writes the current office's content: new items, new revisions, and which revision is live. It
 * does not decide whether a revision may go live: the workflow does, and then calls {@link
 * #publish}.
 */
@ApplicationScoped
@Transactional
public class ContentService {

  @Inject private OfficeData data;
  @Inject private TenantContext tenant;
  @Inject private Event<LiveContentChanged> liveChanged;

  /** Addresses the public site serves itself, below each language root. */
  public static final java.util.Set<String> RESERVED_SLUGS =
      java.util.Set.of("news", "themes", "tags");

  private final Clock clock = Clock.systemUTC();

  /** Creates an item with its first revision, as a draft. */
  public ContentItem create(
      ContentType type, LanguageTag language, Slug slug, RevisionInput input, String author) {
    OfficeRef office = tenant.require();
    if (!office.publishesIn(language)) {
      throw new IllegalArgumentException(
          "The office '" + office.code() + "' does not publish in " + language);
    }
    if (RESERVED_SLUGS.contains(slug.value())) {
      throw new IllegalArgumentException(
          "The address '" + slug + "' is reserved for the site's own pages: choose another slug");
    }
    EntityManager em = data.entityManager();
    requireFreeSlug(em, language, slug);
    ContentItem item = new ContentItem(type, language, slug);
    em.persist(item);
    // Item and revision point at each other: write the item first, then its revision.
    em.flush();
    saveRevision(em, item, input, author);
    return item;
  }

  /** Saves the fields as a new revision, which becomes the latest (not the live) one. */
  public Revision saveRevision(long itemId, RevisionInput input, String author) {
    EntityManager em = data.entityManager();
    return saveRevision(em, item(em, itemId), input, author);
  }

  /**
   * Makes the latest revision of an item live. Called by the workflow once it allows it; {@code
   * actor} is who asked, for the audit trail.
   */
  public ContentItem publishLatest(long itemId, String actor) {
    EntityManager em = data.entityManager();
    ContentItem item = item(em, itemId);
    return publish(em, item, item.latestRevision(), actor);
  }

  /** Makes {@code revisionId} the live revision of its item. */
  public ContentItem publish(long revisionId, String actor) {
    EntityManager em = data.entityManager();
    Revision revision = em.find(Revision.class, revisionId);
    if (revision == null) {
      throw new ContentNotFoundException("Revision " + revisionId);
    }
    return publish(em, revision.item(), revision, actor);
  }

  /** Takes an item off the public site. */
  public ContentItem unpublish(long itemId, String actor) {
    EntityManager em = data.entityManager();
    ContentItem item = item(em, itemId);
    if (!item.isLive()) {
      throw new IllegalStateException("The item is not live");
    }
    Integer before = item.liveRevision().number();
    item.goOffline();
    fire(item, LiveContentChanged.Change.UNPUBLISHED, before, actor);
    return item;
  }

  private ContentItem publish(EntityManager em, ContentItem item, Revision revision, String actor) {
    Integer before = item.isLive() ? item.liveRevision().number() : null;
    item.goLive(revision, Instant.now(clock));
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
            java.util.Objects.requireNonNull(actor, "actor")));
  }

  private Revision saveRevision(
      EntityManager em, ContentItem item, RevisionInput input, String author) {
    int number = item.latestRevision() == null ? 1 : item.latestRevision().number() + 1;
    Revision revision = new Revision(item, number, input, author);
    em.persist(revision);
    item.recordRevision(revision);
    return revision;
  }

  private static ContentItem item(EntityManager em, long itemId) {
    ContentItem item = em.find(ContentItem.class, itemId);
    if (item == null) {
      throw new ContentNotFoundException("Item " + itemId);
    }
    return item;
  }

  private static void requireFreeSlug(EntityManager em, LanguageTag language, Slug slug) {
    long taken =
        em.createQuery(
                "select count(i) from ContentItem i where i.language = :lang and i.slug = :slug",
                Long.class)
            .setParameter("lang", language.value())
            .setParameter("slug", slug.value())
            .getSingleResult();
    if (taken > 0) {
      throw new SlugTakenException(slug, language.value());
    }
  }
}
