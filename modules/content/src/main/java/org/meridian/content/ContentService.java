package org.meridian.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.meridian.content.fields.InvalidFieldsException;
import org.meridian.content.fields.TypeFields;
import org.meridian.tenancy.NoOfficeResolvedException;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.people.AccountDirectory;
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
  @Inject private Event<ItemPathChanged> pathChanged;
  @Inject private AccountDirectory accounts;

  /** Addresses the public site serves itself, below each language root. */
  public static final java.util.Set<String> RESERVED_SLUGS = java.util.Set.of("news");

  private final Clock clock = Clock.systemUTC();

  /** Creates an item with its first revision, as a draft. */
  public ContentItem create(
      ContentType type, LanguageTag language, Slug slug, RevisionInput input, String author) {
    return create(type, language, slug, input, ItemSettings.NONE, author);
  }

  /**
   * Creates an item with its settings (owner, review date, parent page) and its first revision, as
   * a draft. Everything is checked before anything is kept: a refusal leaves nothing behind.
   *
   * @throws InvalidFieldsException naming the refused fields (type fields, owner, parent)
   */
  public ContentItem create(
      ContentType type,
      LanguageTag language,
      Slug slug,
      RevisionInput input,
      ItemSettings settings,
      String author) {
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
    TypeFields fields = TypeFields.validate(type, input.fields());
    ContentItem item = new ContentItem(type, language, slug);
    applySettings(em, item, settings);
    em.persist(item);
    checkReferences(em, item, fields);
    // Item and revision point at each other: write the item first, then its revision.
    em.flush();
    saveRevision(em, item, input, fields, author);
    return item;
  }

  /**
   * Saves an editor's form in one go: the item's settings and a new revision, or neither when
   * anything is refused.
   *
   * @throws InvalidFieldsException naming the refused fields
   */
  public Revision save(long itemId, RevisionInput input, ItemSettings settings, String author) {
    changeSettings(itemId, settings, author);
    return saveRevision(itemId, input, author);
  }

  /**
   * Changes what is not versioned: owner, review date and, for pages, the parent page. Moving a
   * live page changes its address (and its sub-pages'): {@link ItemPathChanged} tells the caches.
   */
  public ContentItem changeSettings(long itemId, ItemSettings settings, String actor) {
    Objects.requireNonNull(actor, "actor");
    EntityManager em = data.entityManager();
    ContentItem item = item(em, itemId);
    ContentItem parentBefore = item.parent();
    applySettings(em, item, settings);
    if (parentBefore != item.parent()) {
      pathChanged.fire(new ItemPathChanged(tenant.require().code(), itemId));
    }
    return item;
  }

  /** Saves the fields as a new revision, which becomes the latest (not the live) one. */
  public Revision saveRevision(long itemId, RevisionInput input, String author) {
    EntityManager em = data.entityManager();
    ContentItem item = item(em, itemId);
    TypeFields fields = TypeFields.validate(item.type(), input.fields());
    checkReferences(em, item, fields);
    return saveRevision(em, item, input, fields, author);
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
      EntityManager em, ContentItem item, RevisionInput input, TypeFields fields, String author) {
    int number = item.latestRevision() == null ? 1 : item.latestRevision().number() + 1;
    Revision revision = new Revision(item, number, input, fields, author);
    em.persist(revision);
    item.recordRevision(revision);
    recordMediaUse(revision);
    return revision;
  }

  /**
   * MEDIA LIBRARY HOOK: the one place where a saved revision's media ids (hero image, social image
   * and the type's media fields: {@code revision.common()}, {@code revision.fields().mediaIds()})
   * are to be checked against the office's media library (and HQ's shared one), refusing unknown
   * ids with an {@link InvalidFieldsException} on the field, and their usage recorded so that media
   * in use cannot be deleted. Until the media library is merged, ids are kept as given.
   */
  private void recordMediaUse(Revision revision) {
    // Intentionally empty until the media library (org.meridian.content.media) is merged.
  }

  /**
   * Items named by the type's fields must be items of this office (other offices' items do not
   * exist here); media contacts must be contact cards; an item does not relate to itself.
   */
  private static void checkReferences(EntityManager em, ContentItem item, TypeFields fields) {
    for (Map.Entry<String, List<Long>> ref : fields.itemReferences().entrySet()) {
      String label = item.type().field(ref.getKey()).orElseThrow().label();
      boolean contacts =
          item.type().field(ref.getKey()).orElseThrow().kind()
              == org.meridian.content.fields.FieldKind.CONTACT_REFS;
      for (long id : ref.getValue()) {
        if (item.getId() != null && item.getId() == id) {
          throw new InvalidFieldsException(
              ref.getKey(), label + ": an item cannot point at itself.");
        }
        ContentItem target = em.find(ContentItem.class, id);
        if (target == null) {
          throw new InvalidFieldsException(
              ref.getKey(), label + ": there is no item " + id + " in this office.");
        }
        if (contacts && target.type() != ContentType.CONTACT) {
          throw new InvalidFieldsException(
              ref.getKey(), label + ": item " + id + " is not a contact card.");
        }
      }
    }
  }

  private void applySettings(EntityManager em, ContentItem item, ItemSettings settings) {
    ItemSettings wanted = settings == null ? ItemSettings.NONE : settings;
    if (wanted.owner() != null
        && accounts.officesOf(wanted.owner()).stream()
            .noneMatch(m -> m.office().id() == tenant.require().id())) {
      throw new InvalidFieldsException(
          "owner", "'" + wanted.owner() + "' is not a member of this office.");
    }
    ContentItem parent = null;
    if (wanted.parentId() != null) {
      parent = em.find(ContentItem.class, wanted.parentId());
      if (parent == null) {
        throw new InvalidFieldsException(
            "parent", "There is no page " + wanted.parentId() + " in this office.");
      }
    }
    try {
      item.placeUnder(parent);
    } catch (IllegalArgumentException refused) {
      throw new InvalidFieldsException("parent", refused.getMessage());
    }
    item.assign(wanted.owner(), wanted.reviewBy());
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
