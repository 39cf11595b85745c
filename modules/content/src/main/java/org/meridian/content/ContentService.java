package org.meridian.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.meridian.content.fields.InvalidFieldsException;
import org.meridian.content.fields.TypeFields;
import org.meridian.content.media.MediaUses;
import org.meridian.tenancy.NoOfficeResolvedException;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.people.AccountDirectory;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * Writes the current office's content: new items, new revisions, restored revisions, and which
 * revision is live. It does not decide whether a revision may go live: the workflow does, and then
 * calls {@link #publish}.
 *
 * <p>Every write is flushed before the method returns, so that two transactions that changed the
 * same item at once (the entity's {@code @Version}, or a row lock that timed out) are refused here
 * with a {@link ContentConflictException}, not at commit with a server error.
 */
@ApplicationScoped
@Transactional
public class ContentService {

  @Inject private OfficeData data;
  @Inject private TenantContext tenant;
  @Inject private Event<LiveContentChanged> liveChanged;
  @Inject private MediaUses mediaUses;
  @Inject private Event<ContentItemChanged> itemChanged;
  @Inject private Event<ItemPathChanged> pathChanged;
  @Inject private AccountDirectory accounts;
  @Inject private Event<RevisionSaved> revisionSaved;
  @Inject private Event<ContentAddressChanged> addressChanged;
  @Inject private Event<ItemFeaturingChanged> featuringChanged;

  @Inject @jakarta.enterprise.inject.Any
  private jakarta.enterprise.inject.Instance<RevisionCheck> checks;

  /** Addresses the public site serves itself, below each language root. */
  public static final java.util.Set<String> RESERVED_SLUGS =
      java.util.Set.of("news", "themes", "tags", "events", "publications", "search", "preview");

  @Inject private Clock clock;

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
      throw new ContentRefusedException(
          Refusal.of(
              "content.office_0_not_in_1",
              "The office '{0}' does not publish in {1}",
              office.code(),
              String.valueOf(language)));
    }
    if (RESERVED_SLUGS.contains(slug.value())) {
      throw reserved(slug);
    }
    EntityManager em = data.entityManager();
    requireFreeSlug(em, language, slug);
    TypeFields fields = TypeFields.validate(type, input.fields());
    // An old address that a new item takes stops redirecting to the item that had it.
    releaseOldAddress(em, language, slug);
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
   * Saves an editor's form on top of revision {@code basedOnRevision}: the item's settings and a
   * new revision, or neither — when anything is refused, or when someone saved a newer revision
   * since the form was loaded ({@link RevisionConflictException}).
   */
  public Revision save(
      long itemId, int basedOnRevision, RevisionInput input, ItemSettings settings, String author) {
    changeSettings(itemId, settings, author);
    return saveRevision(itemId, basedOnRevision, input, author);
  }

  /**
   * The same, changing the item's address to {@code slug} too when it differs (the old one keeps
   * leading to the item): all of it, or nothing. The editor's save: when the form's text is the
   * latest revision's as it stands, only the settings (and address) change and no revision is
   * written, so that featuring a live item does not leave "changes waiting" behind; the latest
   * revision is returned then.
   */
  public Revision save(
      long itemId,
      int basedOnRevision,
      RevisionInput input,
      ItemSettings settings,
      Slug slug,
      String author) {
    if (slug != null) {
      changeSlug(itemId, slug, author);
    }
    EntityManager em = data.entityManager();
    ContentItem item = item(em, itemId);
    Revision latest = item.latestRevision();
    if (latest != null && latest.number() == basedOnRevision && sameText(item, latest, input)) {
      changeSettings(itemId, settings, author);
      return latest;
    }
    return save(itemId, basedOnRevision, input, settings, author);
  }

  /** Whether {@code input} says what {@code latest} says, field by field (bodies as kept). */
  private static boolean sameText(ContentItem item, Revision latest, RevisionInput input) {
    RevisionInput kept = latest.toInput();
    if (!kept.title().equals(input.title())
        || !kept.summary().equals(input.summary())
        || !kept.body().equals(input.body())
        || !kept.common().equals(input.common())) {
      return false;
    }
    try {
      return TypeFields.validate(item.type(), input.fields()).equals(latest.fields());
    } catch (InvalidFieldsException refused) {
      return false; // the save itself says what is wrong
    }
  }

  /**
   * Changes what is not versioned: owner, review date, featuring on the home page and, for pages,
   * the parent page. Moving a live page changes its address (and its sub-pages'): {@link
   * ItemPathChanged} tells the caches; featuring or un-featuring a live item fires {@link
   * ItemFeaturingChanged}.
   */
  public ContentItem changeSettings(long itemId, ItemSettings settings, String actor) {
    Objects.requireNonNull(actor, "actor");
    EntityManager em = data.entityManager();
    ContentItem item = item(em, itemId);
    ContentItem parentBefore = item.parent();
    boolean featuredBefore = item.isFeatured();
    applySettings(em, item, settings);
    if (parentBefore != item.parent()) {
      pathChanged.fire(new ItemPathChanged(tenant.require().code(), itemId));
    }
    if (featuredBefore != item.isFeatured() && item.isLive()) {
      featuringChanged.fire(
          new ItemFeaturingChanged(tenant.require().code(), itemId, item.isFeatured()));
    }
    return item;
  }

  /**
   * Saves the fields as a new revision, which becomes the latest (not the live) one, whatever was
   * saved before: for callers that do not edit (demo content, imports). Editors use {@link
   * #saveRevision(long, int, RevisionInput, String)}.
   */
  public Revision saveRevision(long itemId, RevisionInput input, String author) {
    EntityManager em = data.entityManager();
    return writing(itemId, () -> saveChecked(em, lockedItem(em, itemId), input, author));
  }

  /**
   * Saves what an editor wrote on top of revision {@code basedOnRevision} (the one their form
   * loaded) as the new latest revision, unless someone saved a newer revision meanwhile: then
   * nothing is written and a {@link RevisionConflictException} carries what the others changed and
   * the editor's input. The item's row is locked for the check and the write, so two saves of the
   * same item cannot both pass the check.
   *
   * @throws IllegalArgumentException when the item has no revision {@code basedOnRevision}
   */
  public Revision saveRevision(
      long itemId, int basedOnRevision, RevisionInput input, String author) {
    EntityManager em = data.entityManager();
    return writing(
        itemId,
        () -> {
          ContentItem item = lockedItem(em, itemId);
          if (!item.isLatest(basedOnRevision)) {
            Revision latest = item.latestRevision();
            throw new RevisionConflictException(
                itemId,
                basedOnRevision,
                latest.number(),
                latest.author(),
                RevisionDiff.between(revision(em, item, basedOnRevision), latest),
                input);
          }
          return saveChecked(em, item, input, author);
        });
  }

  /**
   * Restores revision {@code number} of an item as a new draft: a new latest revision with its
   * fields, saved by {@code actor}. The live revision stays live until someone publishes.
   */
  public Revision restoreRevision(long itemId, int number, String actor) {
    EntityManager em = data.entityManager();
    return writing(
        itemId,
        () -> {
          ContentItem item = lockedItem(em, itemId);
          Revision previous = item.latestRevision();
          Revision older = revision(em, item, number);
          // Restoring is a save too: the same checks (a shared copy's locked fields) apply.
          checks.forEach(check -> check.beforeSave(item, older.toInput()));
          Revision restored = item.restore(older, actor);
          em.persist(restored);
          recordMediaUses(item);
          announceSaved(item, previous, restored);
          itemChanged.fire(
              event(
                  item,
                  ContentItemChanged.Change.REVISION_RESTORED,
                  "revision " + number + " restored as revision " + restored.number(),
                  actor));
          return restored;
        });
  }

  /**
   * Makes the latest revision of an item live. Called by the workflow once it allows it; {@code
   * actor} is who asked, for the audit trail.
   */
  public ContentItem publishLatest(long itemId, String actor) {
    EntityManager em = data.entityManager();
    return writing(
        itemId,
        () -> {
          ContentItem item = item(em, itemId);
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
    return writing(revision.item().getId(), () -> publish(em, revision.item(), revision, actor));
  }

  /** Takes an item off the public site. */
  public ContentItem unpublish(long itemId, String actor) {
    EntityManager em = data.entityManager();
    return writing(
        itemId,
        () -> {
          ContentItem item = item(em, itemId);
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

  /**
   * Runs a write and flushes it, turning a clash with another transaction into a {@link
   * ContentConflictException}. The transaction is rolled back either way.
   */
  private static ContentRefusedException reserved(Slug slug) {
    return new ContentRefusedException(
        Refusal.of(
            "content.slug_reserved_0",
            "The address '{0}' is reserved for the site's own pages: choose another slug",
            String.valueOf(slug)));
  }

  private <T> T writing(long itemId, Supplier<T> write) {
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

  private ContentItemChanged event(
      ContentItem item, ContentItemChanged.Change change, String detail, String actor) {
    return new ContentItemChanged(
        tenant.require().code(),
        item.getId(),
        item.language(),
        item.slug(),
        change,
        detail,
        java.util.Objects.requireNonNull(actor, "actor"));
  }

  /**
   * Moves an item to {@code newSlug} in its language. The old address of an item that has been
   * public keeps leading to it with a permanent redirect; an old address of another item that
   * {@code newSlug} takes over stops redirecting. Refuses reserved and taken slugs.
   */
  public ContentItem changeSlug(long itemId, Slug newSlug, String actor) {
    java.util.Objects.requireNonNull(newSlug, "slug");
    java.util.Objects.requireNonNull(actor, "actor");
    EntityManager em = data.entityManager();
    ContentItem item = item(em, itemId);
    Slug old = item.slug();
    if (old.equals(newSlug)) {
      return item;
    }
    if (RESERVED_SLUGS.contains(newSlug.value())) {
      throw reserved(newSlug);
    }
    requireFreeSlug(em, item.language(), newSlug);
    releaseOldAddress(em, item.language(), newSlug);
    item.changeSlug(newSlug);
    boolean redirected = item.wasEverPublished();
    if (redirected) {
      em.persist(new SlugRedirect(item, old, actor));
    }
    em.flush();
    OfficeRef office = tenant.current().orElseThrow(NoOfficeResolvedException::new);
    addressChanged.fire(
        new ContentAddressChanged(
            office.code(), item.getId(), item.language(), old, newSlug, redirected, actor));
    return item;
  }

  private static void releaseOldAddress(EntityManager em, LanguageTag language, Slug slug) {
    em.createQuery(
            "select r from SlugRedirect r where r.language = :lang and r.oldSlug = :slug",
            SlugRedirect.class)
        .setParameter("lang", language.value())
        .setParameter("slug", slug.value())
        .getResultStream()
        .forEach(em::remove);
    em.flush();
  }

  private ContentItem publish(EntityManager em, ContentItem item, Revision revision, String actor) {
    Integer before = item.isLive() ? item.liveRevision().number() : null;
    item.goLive(revision, Instant.now(clock));
    recordMediaUses(item);
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

  /**
   * Tells who follows an item's revisions (translations of it become outdated when its text
   * changed) that {@code revision} was saved after {@code previous}.
   */
  private void announceSaved(ContentItem item, Revision previous, Revision revision) {
    OfficeRef office = tenant.current().orElseThrow(NoOfficeResolvedException::new);
    revisionSaved.fire(
        new RevisionSaved(
            office.code(),
            item.getId(),
            revision.number(),
            previous != null && !revision.sameTextAs(previous)));
  }

  /** Checks the type's fields and what they point at, then saves them as the latest revision. */
  private Revision saveChecked(
      EntityManager em, ContentItem item, RevisionInput input, String author) {
    TypeFields fields = TypeFields.validate(item.type(), input.fields());
    checkReferences(em, item, fields);
    checks.forEach(check -> check.beforeSave(item, input));
    return saveRevision(em, item, input, fields, author);
  }

  private Revision saveRevision(
      EntityManager em, ContentItem item, RevisionInput input, TypeFields fields, String author) {
    Revision previous = item.latestRevision();
    Revision revision = item.newRevision(input, fields, author);
    em.persist(revision);
    recordMediaUses(item);
    announceSaved(item, previous, revision);
    return revision;
  }

  /**
   * Records the library files the item's latest and live revisions use — images and links in their
   * bodies, hero and social images, and the type's media fields — so that none of them can be
   * deleted while a version of the item shows it, and marks those of the live revision, which are
   * the files the public may fetch. Refuses files of other offices' libraries.
   */
  private void recordMediaUses(ContentItem item) {
    Revision latest = item.latestRevision();
    Revision live = item.isLive() ? item.liveRevision() : null;
    java.util.Set<Long> liveIds = new java.util.LinkedHashSet<>();
    if (live != null) {
      liveIds.addAll(mediaUses.referencedIn(live.body()));
      liveIds.addAll(live.mediaIds());
    }
    java.util.Set<Long> ids = new java.util.LinkedHashSet<>(liveIds);
    ids.addAll(mediaUses.referencedIn(latest.body()));
    ids.addAll(latest.mediaIds());
    mediaUses.record(item.getId(), ids, liveIds);
  }

  /**
   * Items named by the type's fields must be items of this office (other offices' items do not
   * exist here); media contacts must be contact cards; an item does not relate to itself.
   */
  private static void checkReferences(EntityManager em, ContentItem item, TypeFields fields) {
    for (Map.Entry<String, List<Long>> ref : fields.itemReferences().entrySet()) {
      Refusal.Word label = item.type().field(ref.getKey()).orElseThrow().word();
      boolean contacts =
          item.type().field(ref.getKey()).orElseThrow().kind()
              == org.meridian.content.fields.FieldKind.CONTACT_REFS;
      for (long id : ref.getValue()) {
        if (item.getId() != null && item.getId() == id) {
          throw new InvalidFieldsException(
              ref.getKey(),
              Refusal.of(
                  "fields.points_at_itself_0", "{0}: an item cannot point at itself.", label));
        }
        ContentItem target = em.find(ContentItem.class, id);
        if (target == null) {
          throw new InvalidFieldsException(
              ref.getKey(),
              Refusal.of(
                  "fields.no_item_0_1", "{0}: there is no item {1} in this office.", label, id));
        }
        if (contacts && target.type() != ContentType.CONTACT) {
          throw new InvalidFieldsException(
              ref.getKey(),
              Refusal.of(
                  "fields.not_a_contact_card_0_1",
                  "{0}: item {1} is not a contact card.",
                  label,
                  id));
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
          "owner",
          Refusal.of(
              "content.owner_not_member_0",
              "'{0}' is not a member of this office.",
              wanted.owner()));
    }
    ContentItem parent = null;
    if (wanted.parentId() != null) {
      parent = em.find(ContentItem.class, wanted.parentId());
      if (parent == null) {
        throw new InvalidFieldsException(
            "parent",
            Refusal.of(
                "content.no_page_0", "There is no page {0} in this office.", wanted.parentId()));
      }
    }
    try {
      item.placeUnder(parent);
    } catch (ContentRefusedException refused) {
      throw new InvalidFieldsException("parent", refused.refusal());
    }
    item.assign(wanted.owner(), wanted.reviewBy());
    item.feature(wanted.featured(), Instant.now(clock));
  }

  /**
   * The item, its row locked until the transaction ends: saves of one item queue up. An item in the
   * trash is not there for editing.
   */
  private static ContentItem lockedItem(EntityManager em, long itemId) {
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

  /** The item, if it exists and is not in the trash. */
  static ContentItem item(EntityManager em, long itemId) {
    ContentItem item = em.find(ContentItem.class, itemId);
    if (item == null || item.isTrashed()) {
      throw ContentNotFoundException.item(itemId);
    }
    return item;
  }

  private static void requireFreeSlug(EntityManager em, LanguageTag language, Slug slug) {
    // Items in the trash keep their address, so that restoring one never collides.
    em.createQuery(
            "select i from ContentItem i where i.language = :lang and i.slug = :slug",
            ContentItem.class)
        .setParameter("lang", language.value())
        .setParameter("slug", slug.value())
        .getResultStream()
        .findFirst()
        .ifPresent(
            holder -> {
              throw holder.isTrashed()
                  ? SlugTakenException.byTrashedItem(slug, language.value())
                  : new SlugTakenException(slug, language.value());
            });
  }
}
