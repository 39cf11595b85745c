package org.meridian.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.persistence.OfficeData;

/** Reads the current office's content: what is live for the public, and everything for editors. */
@ApplicationScoped
@Transactional
public class ContentQueries {

  @Inject private OfficeData data;

  /** The live item at {@code slug} in {@code language}, if any. */
  public Optional<LiveItem> findLive(LanguageTag language, Slug slug) {
    return data.entityManager()
        .createQuery(
            "select i from ContentItem i join fetch i.liveRevision"
                + " where i.language = :lang and i.slug = :slug",
            ContentItem.class)
        .setParameter("lang", language.value())
        .setParameter("slug", slug.value())
        .getResultStream()
        .findFirst()
        .map(LiveItem::of);
  }

  /** The id of the item at {@code slug} in {@code language}, live or not. */
  public Optional<Long> idOf(LanguageTag language, Slug slug) {
    return data.entityManager()
        .createQuery(
            "select i.id from ContentItem i where i.language = :lang and i.slug = :slug",
            Long.class)
        .setParameter("lang", language.value())
        .setParameter("slug", slug.value())
        .getResultStream()
        .findFirst();
  }

  /**
   * Where an old address of the office now leads: the current slug of the live item that had {@code
   * slug} in {@code language} before it moved. Empty when no item had it, or when that item is not
   * live.
   */
  public Optional<Slug> movedTo(LanguageTag language, Slug slug) {
    return data.entityManager()
        .createQuery(
            "select r.item.slug from SlugRedirect r where r.language = :lang and r.oldSlug = :slug"
                + " and r.item.liveRevision is not null",
            String.class)
        .setParameter("lang", language.value())
        .setParameter("slug", slug.value())
        .getResultStream()
        .findFirst()
        .map(Slug::new);
  }

  /**
   * {@code wanted} if no item of the office uses it in {@code language} and it is not reserved,
   * else the first free of {@code wanted-2}, {@code wanted-3}… An old address that redirects counts
   * as free: a new item may take it.
   */
  public Slug freeSlug(LanguageTag language, Slug wanted) {
    var em = data.entityManager();
    for (int n = 1; n < 10_000; n++) {
      Slug candidate = n == 1 ? wanted : wanted.numbered(n);
      boolean taken =
          ContentService.RESERVED_SLUGS.contains(candidate.value())
              || em.createQuery(
                          "select count(i) from ContentItem i where i.language = :lang"
                              + " and i.slug = :slug",
                          Long.class)
                      .setParameter("lang", language.value())
                      .setParameter("slug", candidate.value())
                      .getSingleResult()
                  > 0;
      if (!taken) {
        return candidate;
      }
    }
    throw new IllegalStateException("No free slug near '" + wanted + "'");
  }

  /** Live items of one type in one language, newest first. */
  public List<LiveItem> listLive(LanguageTag language, Optional<ContentType> type, int limit) {
    var query =
        data.entityManager()
            .createQuery(
                "select i from ContentItem i join fetch i.liveRevision where i.language = :lang"
                    + (type.isPresent() ? " and i.type = :type" : "")
                    + " order by i.firstPublishedAt desc, i.id desc",
                ContentItem.class)
            .setParameter("lang", language.value());
    type.ifPresent(t -> query.setParameter("type", t));
    return query.setMaxResults(limit).getResultStream().map(LiveItem::of).toList();
  }

  /** Every item of the office with its latest state, most recently changed first. */
  public List<ContentSummary> listForEditors(int limit) {
    return listForEditors(TranslationFilter.ANY, limit);
  }

  /**
   * The office's items that pass {@code translation} (outdated or up-to-date translations, or any
   * item), with their latest state, most recently changed first.
   */
  public List<ContentSummary> listForEditors(TranslationFilter translation, int limit) {
    // A translation is outdated exactly while it has an "outdated since" time; comparing that
    // column avoids boolean literals, which EclipseLink writes as 1 inside a subquery on H2.
    String where =
        switch (translation) {
          case ANY -> "";
          case OUTDATED ->
              " where exists (select t from Translation t where t.item = i"
                  + " and t.outdatedSince is not null)";
          case CURRENT ->
              " where exists (select t from Translation t where t.item = i"
                  + " and t.outdatedSince is null)";
        };
    var query =
        data.entityManager()
            .createQuery(
                "select i from ContentItem i join fetch i.latestRevision"
                    + where
                    + " order by i.modifiedAt desc",
                ContentItem.class);
    return query.setMaxResults(limit).getResultStream().map(ContentQueries::summary).toList();
  }

  /** One item of the office with its latest state, drafts included. */
  public Optional<ContentSummary> findForEditors(long itemId) {
    return Optional.ofNullable(data.entityManager().find(ContentItem.class, itemId))
        .filter(i -> i.latestRevision() != null)
        .map(ContentQueries::summary);
  }

  /** How many items the current office has, live and not, and when it last published. */
  public ContentCounts counts() {
    var em = data.entityManager();
    long items = em.createQuery("select count(i) from ContentItem i", Long.class).getSingleResult();
    long live =
        em.createQuery(
                "select count(i) from ContentItem i where i.liveRevision is not null", Long.class)
            .getSingleResult();
    java.time.Instant last =
        em.createQuery(
                "select i.lastPublishedAt from ContentItem i where i.lastPublishedAt is not null"
                    + " order by i.lastPublishedAt desc",
                java.time.Instant.class)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(null);
    return new ContentCounts(items, live, items - live, last);
  }

  private static ContentSummary summary(ContentItem i) {
    return new ContentSummary(
        i.getId(),
        i.type(),
        i.language().value(),
        i.slug().value(),
        i.latestRevision().title(),
        i.latestRevision().number(),
        i.isLive(),
        i.isLive() && i.hasUnpublishedChanges(),
        i.latestRevision().author(),
        i.getModifiedAt());
  }
}
