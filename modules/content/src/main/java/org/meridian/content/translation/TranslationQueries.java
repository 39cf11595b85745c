package org.meridian.content.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.meridian.content.ContentItem;
import org.meridian.content.Revision;
import org.meridian.content.Slug;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * Reads the current office's translation sets: an item's set, the outdated translations, where
 * items stand, the live language versions the public site links, and a translation next to its
 * source. {@link Translations} changes them.
 */
@ApplicationScoped
@Transactional
public class TranslationQueries {

  @Inject private OfficeData data;
  @Inject private TenantContext tenant;

  /** The set the item belongs to: its source and every language of the office. */
  public TranslationSet setOf(long itemId) {
    EntityManager em = data.entityManager();
    ContentItem source = TranslationLinks.rootOf(em, TranslationLinks.item(em, itemId));
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
    for (Translation t : TranslationLinks.translationsOf(em, source)) {
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
    ContentItem source = TranslationLinks.rootOf(em, item);
    Map<LanguageTag, Slug> live = new LinkedHashMap<>();
    if (source.isLive()) {
      live.put(source.language(), source.slug());
    }
    for (Translation t : TranslationLinks.translationsOf(em, source)) {
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
      Set<Long> ids = members.computeIfAbsent(t.source().getId(), id -> new HashSet<>());
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
    Translation t = TranslationLinks.translationOf(em, translationItemId);
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

  private static Optional<Revision> revision(EntityManager em, ContentItem item, int number) {
    return em.createQuery(
            "select r from Revision r where r.item = :item and r.number = :number", Revision.class)
        .setParameter("item", item)
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }
}
