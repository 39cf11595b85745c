package org.meridian.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Objects;
import java.util.Set;
import org.meridian.content.fields.InvalidFieldsException;
import org.meridian.content.fields.TypeFields;
import org.meridian.content.media.MediaUses;
import org.meridian.tenancy.NoOfficeResolvedException;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * Writes the current office's content: new items, new revisions and restored revisions. Where an
 * item is (its slug) is {@link ItemAddresses}' work, its settings that are not versioned {@link
 * ItemSettingsWrites}', and which revision is live {@link LiveRevisions}'.
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
  @Inject private MediaUses mediaUses;
  @Inject private ItemAddresses addresses;
  @Inject private Event<ContentItemChanged> itemChanged;
  @Inject private ItemSettingsWrites settingsWrites;
  @Inject private Event<RevisionSaved> revisionSaved;

  @Inject @Any private Instance<RevisionCheck> checks;

  /** Addresses the public site serves itself, below each language root. */
  public static final Set<String> RESERVED_SLUGS =
      Set.of("news", "themes", "tags", "events", "publications", "search", "preview");

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
    ItemAddresses.refuseReserved(slug);
    EntityManager em = data.entityManager();
    ItemAddresses.requireFree(em, language, slug);
    TypeFields fields = TypeFields.validate(type, input.fields());
    // An old address that a new item takes stops redirecting to the item that had it.
    ItemAddresses.releaseOld(em, language, slug);
    ContentItem item = new ContentItem(type, language, slug);
    settingsWrites.apply(em, item, settings);
    em.persist(item);
    ItemReferences.check(em, item, fields);
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
    settingsWrites.change(itemId, settings, author);
    return saveRevision(itemId, input, author);
  }

  /**
   * Saves an editor's form on top of revision {@code basedOnRevision}: the item's settings and a
   * new revision, or neither — when anything is refused, or when someone saved a newer revision
   * since the form was loaded ({@link RevisionConflictException}).
   */
  public Revision save(
      long itemId, int basedOnRevision, RevisionInput input, ItemSettings settings, String author) {
    settingsWrites.change(itemId, settings, author);
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
      addresses.changeSlug(itemId, slug, author);
    }
    EntityManager em = data.entityManager();
    ContentItem item = StoredItems.item(em, itemId);
    Revision latest = item.latestRevision();
    if (latest != null && latest.number() == basedOnRevision && sameText(item, latest, input)) {
      settingsWrites.change(itemId, settings, author);
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
   * Saves the fields as a new revision, which becomes the latest (not the live) one, whatever was
   * saved before: for callers that do not edit (demo content, imports). Editors use {@link
   * #saveRevision(long, int, RevisionInput, String)}.
   */
  public Revision saveRevision(long itemId, RevisionInput input, String author) {
    EntityManager em = data.entityManager();
    return StoredItems.flushed(
        data, itemId, () -> saveChecked(em, StoredItems.lockedItem(em, itemId), input, author));
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
    return StoredItems.flushed(
        data,
        itemId,
        () -> {
          ContentItem item = StoredItems.lockedItem(em, itemId);
          if (!item.isLatest(basedOnRevision)) {
            Revision latest = item.latestRevision();
            throw new RevisionConflictException(
                itemId,
                basedOnRevision,
                latest.number(),
                latest.author(),
                RevisionDiff.between(StoredItems.revision(em, item, basedOnRevision), latest),
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
    return StoredItems.flushed(
        data,
        itemId,
        () -> {
          ContentItem item = StoredItems.lockedItem(em, itemId);
          Revision previous = item.latestRevision();
          Revision older = StoredItems.revision(em, item, number);
          // Restoring is a save too: the same checks (a shared copy's locked fields) apply.
          checks.forEach(check -> check.beforeSave(item, older.toInput()));
          Revision restored = item.restore(older, actor);
          em.persist(restored);
          mediaUses.recordUsesOf(item);
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

  private ContentItemChanged event(
      ContentItem item, ContentItemChanged.Change change, String detail, String actor) {
    return new ContentItemChanged(
        tenant.require().code(),
        item.getId(),
        item.language(),
        item.slug(),
        change,
        detail,
        Objects.requireNonNull(actor, "actor"));
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
    ItemReferences.check(em, item, fields);
    checks.forEach(check -> check.beforeSave(item, input));
    return saveRevision(em, item, input, fields, author);
  }

  private Revision saveRevision(
      EntityManager em, ContentItem item, RevisionInput input, TypeFields fields, String author) {
    Revision previous = item.latestRevision();
    Revision revision = item.newRevision(input, fields, author);
    em.persist(revision);
    mediaUses.recordUsesOf(item);
    announceSaved(item, previous, revision);
    return revision;
  }
}
