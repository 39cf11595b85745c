package org.meridian.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * Reads the current office's content: what is live for the public, and everything for editors.
 *
 * <p>The reads of live items are EclipseLink read-only queries ({@code eclipselink.read-only}):
 * their entities become {@link LiveItem} records at once and are never changed, so the unit of work
 * need not copy each of them and keep a backup copy to find changes (bench/README.md, "The uncached
 * path's tail": bytes allocated per page).
 */
@ApplicationScoped
@Transactional
public class ContentQueries {

  @Inject private OfficeData data;
  @Inject private Clock clock;
  @Inject private EditorListQueries editorList;
  @Inject private EventListQueries events;

  /** The live item at {@code slug} in {@code language}, if any. */
  public Optional<LiveItem> findLive(LanguageTag language, Slug slug) {
    return data.entityManager()
        .createQuery(
            "select i from ContentItem i join fetch i.liveRevision"
                + " where i.language = :lang and i.slug = :slug and i.trashedAt is null",
            ContentItem.class)
        .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
        .setParameter("lang", language.value())
        .setParameter("slug", slug.value())
        .getResultStream()
        .findFirst()
        .map(LiveItem::of);
  }

  /**
   * The current office's item as it would look with revision {@code number} live (for a preview),
   * if the item exists, is not in the trash and has that revision.
   */
  public Optional<LiveItem> preview(long itemId, int number) {
    return data.entityManager()
        .createQuery(
            "select r from Revision r join fetch r.item i where i.id = :item and r.number = :number"
                + " and i.trashedAt is null",
            Revision.class)
        .setParameter("item", itemId)
        .setParameter("number", number)
        .getResultStream()
        .findFirst()
        .map(r -> LiveItem.of(r.item(), r));
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
                    + " and i.trashedAt is null"
                    + (type.isPresent() ? " and i.type = :type" : "")
                    + " order by i.firstPublishedAt desc, i.id desc",
                ContentItem.class)
            .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
            .setParameter("lang", language.value());
    type.ifPresent(t -> query.setParameter("type", t));
    return query.setMaxResults(limit).getResultStream().map(LiveItem::of).toList();
  }

  /**
   * One slice of the live items of one type in one language, newest first, first published in
   * {@code [from, to)} ({@code null}: no bound): {@code limit} of them from the {@code offset}th.
   */
  public List<LiveItem> listLive(
      LanguageTag language, ContentType type, Instant from, Instant to, int offset, int limit) {
    var query =
        data.entityManager()
            .createQuery(
                "select i from ContentItem i join fetch i.liveRevision where i.language = :lang"
                    + " and i.trashedAt is null and i.type = :type"
                    + (from == null ? "" : " and i.firstPublishedAt >= :from")
                    + (to == null ? "" : " and i.firstPublishedAt < :to")
                    + " order by i.firstPublishedAt desc, i.id desc",
                ContentItem.class)
            .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
            .setParameter("lang", language.value())
            .setParameter("type", type);
    if (from != null) {
      query.setParameter("from", from);
    }
    if (to != null) {
      query.setParameter("to", to);
    }
    return query
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultStream()
        .map(LiveItem::of)
        .toList();
  }

  /** How many live items of one type in one language were first published in {@code [from, to)}. */
  public long countLive(LanguageTag language, ContentType type, Instant from, Instant to) {
    var query =
        data.entityManager()
            .createQuery(
                "select count(i) from ContentItem i where i.language = :lang"
                    + " and i.liveRevision is not null and i.trashedAt is null and i.type = :type"
                    + (from == null ? "" : " and i.firstPublishedAt >= :from")
                    + (to == null ? "" : " and i.firstPublishedAt < :to"),
                Long.class)
            .setParameter("lang", language.value())
            .setParameter("type", type);
    if (from != null) {
      query.setParameter("from", from);
    }
    if (to != null) {
      query.setParameter("to", to);
    }
    return query.getSingleResult();
  }

  /**
   * The live events of {@code language} that have not ended at {@code now} (one under way is still
   * upcoming), soonest start first, then by id: {@code limit} of them from the {@code offset}th.
   */
  public List<LiveItem> upcomingEvents(LanguageTag language, Instant now, int offset, int limit) {
    return events.upcoming(language, now, offset, limit);
  }

  /** How many live events of {@code language} have not ended at {@code now}. */
  public long countUpcomingEvents(LanguageTag language, Instant now) {
    return events.countUpcoming(language, now);
  }

  /**
   * The live events of {@code language} that ended before {@code now}, latest start first, then by
   * id from the highest: {@code limit} of them from the {@code offset}th.
   */
  public List<LiveItem> pastEvents(LanguageTag language, Instant now, int offset, int limit) {
    return events.past(language, now, offset, limit);
  }

  /** How many live events of {@code language} ended before {@code now}. */
  public long countPastEvents(LanguageTag language, Instant now) {
    return events.countPast(language, now);
  }

  /**
   * When the oldest and the newest live item of one type in one language were first published;
   * empty when there is none.
   */
  public Optional<Instant[]> firstPublishedRange(LanguageTag language, ContentType type) {
    // Not min()/max(): an aggregate over a converted column reaches the converter as the
    // database's own type (PostgreSQL hands EclipseLink a Timestamp). The ends are read instead.
    Optional<Instant> oldest = firstPublished(language, type, "asc");
    Optional<Instant> newest = firstPublished(language, type, "desc");
    if (oldest.isEmpty() || newest.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Instant[] {oldest.get(), newest.get()});
  }

  private Optional<Instant> firstPublished(
      LanguageTag language, ContentType type, String direction) {
    return data.entityManager()
        .createQuery(
            "select i.firstPublishedAt from ContentItem i"
                + " where i.language = :lang and i.liveRevision is not null"
                + " and i.trashedAt is null and i.type = :type and i.firstPublishedAt is not null"
                + " order by i.firstPublishedAt "
                + direction,
            Instant.class)
        .setParameter("lang", language.value())
        .setParameter("type", type)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /**
   * The live top-level pages of {@code language} at {@code slugs} (e.g. those a menu leads to), in
   * no particular order.
   */
  public List<LiveItem> liveTopPages(LanguageTag language, Collection<String> slugs) {
    if (slugs.isEmpty()) {
      return List.of();
    }
    return data.entityManager()
        .createQuery(
            "select i from ContentItem i join fetch i.liveRevision where i.language = :lang"
                + " and i.type = :type and i.parent is null and i.trashedAt is null"
                + " and i.slug in :slugs",
            ContentItem.class)
        .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
        .setParameter("lang", language.value())
        .setParameter("type", ContentType.PAGE)
        .setParameter("slugs", List.copyOf(slugs))
        .getResultStream()
        .map(LiveItem::of)
        .toList();
  }

  /** The live items of {@code language} featured on the home page, most recently featured first. */
  public List<LiveItem> listFeatured(LanguageTag language, int limit) {
    return data.entityManager()
        .createQuery(
            "select i from ContentItem i join fetch i.liveRevision where i.language = :lang"
                + " and i.trashedAt is null and i.featuredAt is not null"
                + " order by i.featuredAt desc, i.id desc",
            ContentItem.class)
        .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
        .setParameter("lang", language.value())
        .setMaxResults(limit)
        .getResultStream()
        .map(LiveItem::of)
        .toList();
  }

  /**
   * Whether an address of the office in {@code language} once showed an item that is not live any
   * more: an item at {@code slug} that was published once (now offline or in the trash), or an old
   * address of such an item. The public site answers those with 410 Gone rather than 404.
   */
  public boolean wasOncePublished(LanguageTag language, Slug slug) {
    var em = data.entityManager();
    long items =
        em.createQuery(
                "select count(i) from ContentItem i where i.language = :lang and i.slug = :slug"
                    + " and i.firstPublishedAt is not null"
                    + " and (i.liveRevision is null or i.trashedAt is not null)",
                Long.class)
            .setParameter("lang", language.value())
            .setParameter("slug", slug.value())
            .getSingleResult();
    if (items > 0) {
      return true;
    }
    return em.createQuery(
                "select count(r) from SlugRedirect r where r.language = :lang"
                    + " and r.oldSlug = :slug and r.item.liveRevision is null",
                Long.class)
            .setParameter("lang", language.value())
            .setParameter("slug", slug.value())
            .getSingleResult()
        > 0;
  }

  /**
   * Every item of the office with its latest state, most recently changed first; not those in the
   * trash.
   */
  public List<ContentSummary> listForEditors(int limit) {
    return listForEditors(EditorFilter.ALL, LocalDate.now(clock), limit);
  }

  /**
   * The office's items that match {@code filter}, most recently changed first; {@code today} (in
   * the office's time zone) decides which reviews are overdue.
   */
  public List<ContentSummary> listForEditors(EditorFilter filter, LocalDate today, int limit) {
    return listForEditors(filter, today, null, limit);
  }

  /**
   * The same among the items {@code onlyIds} ({@code null}: every item), e.g. those a search found;
   * the caller orders them as it needs.
   */
  public List<ContentSummary> listForEditors(
      EditorFilter filter, LocalDate today, Collection<Long> onlyIds, int limit) {
    return editorList.rows(filter, EditorSort.RECENT, today, onlyIds, 0, limit);
  }

  /**
   * Items whose latest revision {@code author} saved and that are not live as they are: new drafts
   * and changes not yet published. Most recently saved first.
   */
  public List<ContentSummary> draftsBy(String author, int limit) {
    return data.entityManager()
        .createQuery(
            "select i from ContentItem i join fetch i.latestRevision r where i.trashedAt is null"
                + " and lower(r.author) = lower(:author)"
                + " and (i.liveRevision is null or i.liveRevision <> i.latestRevision)"
                + " order by r.createdAt desc, i.id desc",
            ContentItem.class)
        .setParameter("author", author)
        .setMaxResults(limit)
        .getResultStream()
        .map(ContentQueries::summary)
        .toList();
  }

  /** The items published most recently (still live), newest first. */
  public List<ContentSummary> recentlyPublished(int limit) {
    return data.entityManager()
        .createQuery(
            "select i from ContentItem i join fetch i.latestRevision where i.trashedAt is null"
                + " and i.liveRevision is not null order by i.lastPublishedAt desc, i.id desc",
            ContentItem.class)
        .setMaxResults(limit)
        .getResultStream()
        .map(ContentQueries::summary)
        .toList();
  }

  /** Items whose review-by date is before {@code today}: content that may have gone stale. */
  public List<ContentSummary> reviewOverdue(LocalDate today, int limit) {
    return data.entityManager()
        .createQuery(
            "select i from ContentItem i join fetch i.latestRevision where i.trashedAt is null and i.reviewBy < :today"
                + " order by i.reviewBy, i.id",
            ContentItem.class)
        .setParameter("today", today)
        .setMaxResults(limit)
        .getResultStream()
        .map(ContentQueries::summary)
        .toList();
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
              " and exists (select t from Translation t where t.item = i"
                  + " and t.outdatedSince is not null)";
          case CURRENT ->
              " and exists (select t from Translation t where t.item = i"
                  + " and t.outdatedSince is null)";
        };
    return data.entityManager()
        .createQuery(
            "select i from ContentItem i join fetch i.latestRevision where i.trashedAt is null"
                + where
                + " order by i.modifiedAt desc",
            ContentItem.class)
        .setMaxResults(limit)
        .getResultStream()
        .map(ContentQueries::summary)
        .toList();
  }

  /** One item with every field of its latest revision, for its editor. */
  public Optional<EditableItem> findEditable(long itemId) {
    return Optional.ofNullable(data.entityManager().find(ContentItem.class, itemId))
        .filter(i -> i.latestRevision() != null && !i.isTrashed())
        .map(EditableItem::of);
  }

  /** The live items among {@code ids}, by id (to show what an item points at). */
  public Map<Long, LiveItem> findLive(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return data.entityManager()
        .createQuery(
            "select i from ContentItem i join fetch i.liveRevision"
                + " where i.id in :ids and i.trashedAt is null",
            ContentItem.class)
        .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
        .setParameter("ids", List.copyOf(ids))
        .getResultStream()
        .map(LiveItem::of)
        .collect(Collectors.toMap(LiveItem::itemId, Function.identity()));
  }

  /** The pages of one language, as parents to choose from: the path shows where each sits. */
  public List<ItemChoice> pages(LanguageTag language) {
    return data.entityManager()
        .createQuery(
            "select i from ContentItem i join fetch i.latestRevision"
                + " where i.language = :lang and i.type = :type and i.trashedAt is null",
            ContentItem.class)
        .setParameter("lang", language.value())
        .setParameter("type", ContentType.PAGE)
        .getResultStream()
        .map(
            i ->
                new ItemChoice(
                    i.getId(),
                    "/" + String.join("/", i.path()) + " — " + i.latestRevision().title()))
        .sorted(java.util.Comparator.comparing(ItemChoice::label))
        .toList();
  }

  /**
   * The office's items whose latest title contains {@code words} (any case; every item when blank),
   * for the editor's internal link picker: most recently changed first, at most {@code limit}.
   */
  public List<LinkChoice> linkChoices(String words, int limit) {
    String wanted = words == null ? "" : words.strip().toLowerCase(java.util.Locale.ROOT);
    String like = "%" + wanted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    return data.entityManager()
        .createQuery(
            "select i from ContentItem i join fetch i.latestRevision r"
                + " where i.trashedAt is null and lower(r.title) like :like escape '\\'"
                + " order by i.modifiedAt desc, i.id desc",
            ContentItem.class)
        .setParameter("like", like)
        .setMaxResults(limit)
        .getResultStream()
        .map(
            i ->
                new LinkChoice(
                    i.getId(),
                    i.latestRevision().title(),
                    i.language().value(),
                    i.language().value() + "/" + String.join("/", i.path()),
                    i.isLive()))
        .toList();
  }

  /**
   * The office's items with these ids (not in the trash), as the link picker shows them, in the
   * order asked: what an editor's list of related items names.
   */
  public List<LinkChoice> linkChoices(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, LinkChoice> found = new java.util.HashMap<>();
    data.entityManager()
        .createQuery(
            "select i from ContentItem i join fetch i.latestRevision r"
                + " where i.trashedAt is null and i.id in :ids",
            ContentItem.class)
        .setParameter("ids", ids)
        .getResultStream()
        .forEach(
            i ->
                found.put(
                    i.getId(),
                    new LinkChoice(
                        i.getId(),
                        i.latestRevision().title(),
                        i.language().value(),
                        i.language().value() + "/" + String.join("/", i.path()),
                        i.isLive())));
    return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
  }

  /** The office's contact cards (every language), for news items to name as media contacts. */
  public List<ItemChoice> contactCards() {
    return data.entityManager()
        .createQuery(
            "select i from ContentItem i join fetch i.latestRevision"
                + " where i.type = :type and i.trashedAt is null",
            ContentItem.class)
        .setParameter("type", ContentType.CONTACT)
        .getResultStream()
        .map(
            i ->
                new ItemChoice(
                    i.getId(),
                    i.latestRevision().title()
                        + " ("
                        + i.language().value()
                        + (i.isLive() ? "" : ", not live")
                        + ")"))
        .sorted(java.util.Comparator.comparing(ItemChoice::label))
        .toList();
  }

  /** One item of the office with its latest state, drafts included; not one in the trash. */
  public Optional<ContentSummary> findForEditors(long itemId) {
    return Optional.ofNullable(data.entityManager().find(ContentItem.class, itemId))
        .filter(i -> i.latestRevision() != null && !i.isTrashed())
        .map(ContentQueries::summary);
  }

  /** How many items the current office has, live and not, and when it last published. */
  public ContentCounts counts() {
    var em = data.entityManager();
    long items =
        em.createQuery("select count(i) from ContentItem i where i.trashedAt is null", Long.class)
            .getSingleResult();
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

  /** An editor's line of an item; the item's latest revision must be loaded. */
  public static ContentSummary summary(ContentItem i) {
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
        i.getModifiedAt(),
        String.join("/", i.path()),
        i.owner(),
        i.reviewBy());
  }
}
