package org.meridian.content.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.meridian.content.ContentItem;
import org.meridian.content.ContentNotFoundException;
import org.meridian.content.ContentQueries;
import org.meridian.content.ContentService;
import org.meridian.content.ItemSettings;
import org.meridian.content.Revision;
import org.meridian.content.RevisionInput;
import org.meridian.content.RevisionSaved;
import org.meridian.content.Slug;
import org.meridian.content.taxonomy.Classification;
import org.meridian.content.taxonomy.ItemTerms;
import org.meridian.content.taxonomy.TagLabel;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * The current office's translation sets: translate an item into another language, link existing
 * items, confirm translations, and read sets and outdated translations. A translation becomes
 * outdated when a revision of its source is saved whose title, summary or body differ from the
 * previous revision (a draft is enough: translators need not wait for the publication).
 */
@ApplicationScoped
@Transactional
public class Translations {

  @Inject private OfficeData data;
  @Inject private TenantContext tenant;
  @Inject private ContentService content;
  @Inject private ContentQueries queries;
  @Inject private Classification classification;
  @Inject private Event<TranslationsLinked> linked;
  @Inject private Event<TranslationsUnlinked> unlinked;

  @Inject private Clock clock;

  /**
   * Creates a draft of the item in {@code language}, filled with the source's latest text and a
   * slug made from its title (the next free one when taken), linked to the source as its
   * translation. Translating a translation translates its source. Returns the new item's id.
   */
  public long translate(long itemId, LanguageTag language, String author) {
    Objects.requireNonNull(language, "language");
    EntityManager em = data.entityManager();
    ContentItem source = rootOf(em, item(em, itemId));
    OfficeRef office = tenant.require();
    TranslationRules.checkLink(
        office,
        facts(em, source),
        translatedLanguages(em, source),
        new TranslationRules.ItemFacts(office.id(), language, false, false));
    Revision text = source.latestRevision();
    Slug slug = queries.freeSlug(language, Slug.fromTitle(text.title()));
    // A full copy to translate: every field of the source's latest revision (type fields, images
    // and their descriptions included), its review date, and its themes and tags. Not its owner
    // (who may have left the office), its parent page (pages of another language) nor its place
    // on the home page. Its address follows its title until it is published (the editor's rule).
    ContentItem draft =
        content.create(
            source.type(),
            language,
            slug,
            text.toInput(),
            new ItemSettings(null, source.reviewBy(), null, false),
            author);
    em.persist(new Translation(source, draft, text.number(), author, Instant.now(clock)));
    em.flush();
    ItemTerms terms = classification.of(source.getId(), language);
    if (!terms.themes().isEmpty() || !terms.tags().isEmpty()) {
      classification.classify(
          draft.getId(),
          terms.themeCodes(),
          terms.tags().stream().map(TagLabel::id).toList(),
          author);
    }
    return draft.getId();
  }

  /**
   * Makes the existing item {@code itemId} the translation of {@code sourceId} (of its source, when
   * {@code sourceId} is a translation), as up to date with the source's latest revision.
   */
  public void link(long sourceId, long itemId, String actor) {
    EntityManager em = data.entityManager();
    ContentItem source = rootOf(em, item(em, sourceId));
    ContentItem item = item(em, itemId);
    TranslationRules.checkLink(
        tenant.require(), facts(em, source), translatedLanguages(em, source), facts(em, item));
    em.persist(
        new Translation(source, item, source.latestRevision().number(), actor, Instant.now(clock)));
    em.flush();
    if (source.isLive() && item.isLive()) {
      linked.fire(new TranslationsLinked(tenant.require().code(), source.getId(), item.getId()));
    }
  }

  /**
   * Takes the translation {@code itemId} out of its set: it becomes an item of its own (its text
   * and state unchanged), and its source's and its pages lose their language links. Refused for an
   * item that is not a translation (a source leaves its set when its translations are unlinked).
   */
  public void unlink(long itemId, String actor) {
    EntityManager em = data.entityManager();
    Translation translation = translationOf(em, itemId);
    ContentItem source = translation.source();
    ContentItem item = translation.item();
    em.remove(translation);
    em.flush();
    if (source.isLive() && item.isLive()) {
      unlinked.fire(
          new TranslationsUnlinked(tenant.require().code(), source.getId(), item.getId(), actor));
    }
  }

  /** Confirms that the translation still says what its source's latest revision says. */
  public void confirmUpToDate(long itemId, String actor) {
    EntityManager em = data.entityManager();
    Translation translation = translationOf(em, itemId);
    translation.confirm(translation.source().latestRevision().number(), actor, Instant.now(clock));
  }

  /** Saves a new revision of the translation and marks it up to date with its source. */
  public Revision saveUpToDate(long itemId, RevisionInput input, String actor) {
    EntityManager em = data.entityManager();
    Translation translation = translationOf(em, itemId);
    Revision saved = content.saveRevision(itemId, input, actor);
    translation.confirm(translation.source().latestRevision().number(), actor, Instant.now(clock));
    return saved;
  }

  /** The set the item belongs to: its source and every language of the office. */
  public TranslationSet setOf(long itemId) {
    EntityManager em = data.entityManager();
    ContentItem source = rootOf(em, item(em, itemId));
    Map<LanguageTag, LanguageVersion> versions = new LinkedHashMap<>();
    versions.put(
        source.language(),
        new LanguageVersion(
            source.language(),
            TranslationState.SOURCE,
            source.getId(),
            source.latestRevision().title(),
            source.slug().value(),
            source.isLive(),
            source.latestRevision().number(),
            null,
            null,
            null));
    for (Translation t : translationsOf(em, source)) {
      ContentItem item = t.item();
      versions.put(
          t.language(),
          new LanguageVersion(
              t.language(),
              t.isOutdated() ? TranslationState.OUTDATED : TranslationState.UP_TO_DATE,
              item.getId(),
              item.latestRevision().title(),
              item.slug().value(),
              item.isLive(),
              t.sourceRevision(),
              t.outdatedSince(),
              t.checkedBy(),
              t.checkedAt()));
    }
    List<LanguageVersion> ordered = new ArrayList<>();
    ordered.add(versions.remove(source.language()));
    for (LanguageTag language : tenant.require().languages()) {
      if (language.equals(source.language())) {
        continue;
      }
      LanguageVersion version = versions.remove(language);
      ordered.add(version != null ? version : LanguageVersion.missing(language));
    }
    // Translations into a language the office no longer publishes in stay listed.
    ordered.addAll(versions.values());
    return new TranslationSet(source.getId(), source.latestRevision().number(), ordered);
  }

  /** The office's outdated translations, those outdated longest first. */
  public List<OutdatedTranslation> outdated(int limit) {
    return data.entityManager()
        .createQuery(
            "select t from Translation t join fetch t.item join fetch t.source"
                + " where t.outdatedSince is not null order by t.outdatedSince, t.id",
            Translation.class)
        .setMaxResults(limit)
        .getResultStream()
        .map(
            t ->
                new OutdatedTranslation(
                    t.item().getId(),
                    t.language(),
                    t.item().latestRevision().title(),
                    t.item().isLive(),
                    t.source().getId(),
                    t.source().language(),
                    t.source().latestRevision().title(),
                    t.sourceRevision(),
                    t.source().latestRevision().number(),
                    t.outdatedSince()))
        .toList();
  }

  /**
   * Where each of {@code itemIds} stands: {@code SOURCE} for items with translations, {@code
   * UP_TO_DATE} or {@code OUTDATED} for translations; items in no set are left out.
   */
  public Map<Long, TranslationState> statesOf(Collection<Long> itemIds) {
    if (itemIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, TranslationState> states = new HashMap<>();
    data.entityManager()
        .createQuery(
            "select t.item.id, t.source.id, t.outdatedSince from Translation t"
                + " where t.item.id in :ids or t.source.id in :ids",
            Object[].class)
        .setParameter("ids", itemIds)
        .getResultStream()
        .forEach(
            row -> {
              Long item = (Long) row[0];
              Long source = (Long) row[1];
              if (itemIds.contains(item)) {
                states.put(
                    item, row[2] != null ? TranslationState.OUTDATED : TranslationState.UP_TO_DATE);
              }
              if (itemIds.contains(source)) {
                states.put(source, TranslationState.SOURCE);
              }
            });
    return states;
  }

  /**
   * The live language versions of the item's set, the item itself included, by language: what the
   * public site's language switcher and {@code hreflang} alternates link to. Empty when the item
   * has no live translation (nor live source).
   */
  public Map<LanguageTag, Slug> liveVersionsOf(long itemId) {
    EntityManager em = data.entityManager();
    ContentItem item = em.find(ContentItem.class, itemId);
    if (item == null) {
      return Map.of();
    }
    ContentItem source = rootOf(em, item);
    Map<LanguageTag, Slug> live = new LinkedHashMap<>();
    if (source.isLive()) {
      live.put(source.language(), source.slug());
    }
    for (Translation t : translationsOf(em, source)) {
      if (t.item().isLive()) {
        live.put(t.language(), t.item().slug());
      }
    }
    return live.size() > 1 && live.containsKey(item.language()) ? live : Map.of();
  }

  /**
   * Every live item of the office that has live translations (or a live source), with the live
   * versions of its set by language: for the sitemap's {@code hreflang} alternates.
   */
  public Map<Long, Map<LanguageTag, Slug>> liveVersions() {
    List<Translation> links =
        data.entityManager()
            .createQuery(
                "select t from Translation t join fetch t.item join fetch t.source"
                    + " where t.item.liveRevision is not null",
                Translation.class)
            .getResultList();
    Map<Long, Map<LanguageTag, Slug>> bySource = new HashMap<>();
    Map<Long, Set<Long>> members = new HashMap<>();
    for (Translation t : links) {
      Map<LanguageTag, Slug> set =
          bySource.computeIfAbsent(t.source().getId(), id -> new LinkedHashMap<>());
      Set<Long> ids = members.computeIfAbsent(t.source().getId(), id -> new java.util.HashSet<>());
      if (t.source().isLive()) {
        set.put(t.source().language(), t.source().slug());
        ids.add(t.source().getId());
      }
      set.put(t.language(), t.item().slug());
      ids.add(t.item().getId());
    }
    Map<Long, Map<LanguageTag, Slug>> byItem = new HashMap<>();
    bySource.forEach(
        (source, set) -> {
          if (set.size() > 1) {
            members.get(source).forEach(id -> byItem.put(id, Map.copyOf(set)));
          }
        });
    return byItem;
  }

  /** A translation next to its source, with what changed in the source since it was checked. */
  public SideBySide sideBySide(long translationItemId) {
    EntityManager em = data.entityManager();
    Translation t = translationOf(em, translationItemId);
    ContentItem source = t.source();
    Revision latest = source.latestRevision();
    Revision checked = revision(em, source, t.sourceRevision()).orElse(latest);
    Revision translated = t.item().latestRevision();
    return new SideBySide(
        source.getId(),
        source.language(),
        t.sourceRevision(),
        latest.number(),
        new SideBySide.Text(latest.title(), latest.summary(), latest.body()),
        t.item().getId(),
        t.language(),
        t.isOutdated(),
        new SideBySide.Text(translated.title(), translated.summary(), translated.body()),
        TextChange.between(checked.title(), latest.title()),
        TextChange.between(checked.summary(), latest.summary()),
        TextChange.between(
            TextChange.plainText(checked.body()), TextChange.plainText(latest.body())));
  }

  /** Marks the translations of an item outdated when a revision that changes its text is saved. */
  void onRevisionSaved(@Observes RevisionSaved saved) {
    if (!saved.textChanged()) {
      return;
    }
    EntityManager em = data.entityManager();
    Instant now = Instant.now(clock);
    em.createQuery("select t from Translation t where t.source.id = :id", Translation.class)
        .setParameter("id", saved.itemId())
        .getResultStream()
        .forEach(t -> t.sourceChanged(now));
  }

  private static ContentItem item(EntityManager em, long itemId) {
    ContentItem item = em.find(ContentItem.class, itemId);
    if (item == null) {
      throw ContentNotFoundException.item(itemId);
    }
    return item;
  }

  /** The source of the item's set: the item itself unless it is a translation. */
  private static ContentItem rootOf(EntityManager em, ContentItem item) {
    return linkOf(em, item).map(Translation::source).orElse(item);
  }

  private static Optional<Translation> linkOf(EntityManager em, ContentItem item) {
    return em.createQuery("select t from Translation t where t.item = :item", Translation.class)
        .setParameter("item", item)
        .getResultStream()
        .findFirst();
  }

  private static Translation translationOf(EntityManager em, long itemId) {
    return linkOf(em, item(em, itemId))
        .orElseThrow(
            () ->
                new TranslationRefusedException(
                    Refusal.of(
                        "translation.not_a_translation_0",
                        "Item {0} is not a translation",
                        itemId)));
  }

  private static List<Translation> translationsOf(EntityManager em, ContentItem source) {
    return em.createQuery(
            "select t from Translation t join fetch t.item where t.source = :source"
                + " order by t.language",
            Translation.class)
        .setParameter("source", source)
        .getResultList();
  }

  private static Set<LanguageTag> translatedLanguages(EntityManager em, ContentItem source) {
    return translationsOf(em, source).stream()
        .map(Translation::language)
        .collect(Collectors.toSet());
  }

  private TranslationRules.ItemFacts facts(EntityManager em, ContentItem item) {
    boolean isTranslation = linkOf(em, item).isPresent();
    boolean hasTranslations =
        em.createQuery("select count(t) from Translation t where t.source = :item", Long.class)
                .setParameter("item", item)
                .getSingleResult()
            > 0;
    // The column is written by EclipseLink: an item created in this transaction does not carry it
    // yet, and it was created through the current office's entity manager.
    long officeId = item.getOfficeId() != null ? item.getOfficeId() : tenant.require().id();
    boolean copy =
        item.getId() != null
            && em.createQuery(
                        "select count(c) from SharedCopy c where c.itemId = :item", Long.class)
                    .setParameter("item", item.getId())
                    .getSingleResult()
                > 0;
    return new TranslationRules.ItemFacts(
        officeId, item.language(), isTranslation, hasTranslations, copy);
  }

  private static Optional<Revision> revision(EntityManager em, ContentItem item, int number) {
    return em.createQuery(
            "select r from Revision r where r.item = :item and r.number = :number", Revision.class)
        .setParameter("item", item)
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }
}
