package org.meridian.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * Reads what the current office has live, as its public site and the delivery API show it: an item
 * at an address (with its body, for its own page), the lists (without bodies: {@link
 * LiveItemRows}), and where an old address leads.
 *
 * <p>The reads are EclipseLink read-only queries ({@code eclipselink.read-only}): their entities
 * become {@link LiveItem} records at once and are never changed, so the unit of work need not copy
 * each of them and keep a backup copy to find changes (bench/README.md, "The uncached path's tail":
 * bytes allocated per page).
 */
@ApplicationScoped
@Transactional
public class LiveQueries {

  @Inject private OfficeData data;
  @Inject private EventListQueries events;

  /** The live item at {@code slug} in {@code language}, with its body (for its own page). */
  public Optional<LiveItemWithBody> findLiveWithBody(LanguageTag language, Slug slug) {
    return data.readOnlyQuery(
            "select i from ContentItem i join fetch i.liveRevision"
                + " where i.language = :lang and i.slug = :slug and i.trashedAt is null",
            ContentItem.class)
        .setParameter("lang", language.value())
        .setParameter("slug", slug.value())
        .getResultStream()
        .findFirst()
        .map(LiveItemWithBody::of);
  }

  /** The live item {@code itemId} of the office, with its body (the API's item). */
  public Optional<LiveItemWithBody> findLiveWithBody(long itemId) {
    return data.readOnlyQuery(
            "select i from ContentItem i join fetch i.liveRevision"
                + " where i.id = :id and i.trashedAt is null",
            ContentItem.class)
        .setParameter("id", itemId)
        .getResultStream()
        .findFirst()
        .map(LiveItemWithBody::of);
  }

  /** The live item at {@code slug} in {@code language}, if any, without its body. */
  public Optional<LiveItem> findLive(LanguageTag language, Slug slug) {
    return rows(LiveItemRows.SELECT_FROM
            + " where i.language = :lang and i.slug = :slug and i.trashedAt is null")
        .setParameter("lang", language.value())
        .setParameter("slug", slug.value())
        .getResultStream()
        .findFirst()
        .map(LiveItemRows::item);
  }

  /** The live items among {@code ids}, by id, without their bodies (what an item points at). */
  public Map<Long, LiveItem> findLive(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return rows(LiveItemRows.SELECT_FROM + " where i.id in :ids and i.trashedAt is null")
        .setParameter("ids", List.copyOf(ids))
        .getResultStream()
        .map(LiveItemRows::item)
        .collect(Collectors.toMap(LiveItem::itemId, Function.identity()));
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

  /** Live items of one type in one language, newest first. */
  public List<LiveItem> listLive(LanguageTag language, Optional<ContentType> type, int limit) {
    var query =
        rows(LiveItemRows.SELECT_FROM
                + " where i.language = :lang and i.trashedAt is null"
                + (type.isPresent() ? " and i.type = :type" : "")
                + " order by i.firstPublishedAt desc, i.id desc")
            .setParameter("lang", language.value());
    type.ifPresent(t -> query.setParameter("type", t));
    return query.setMaxResults(limit).getResultStream().map(LiveItemRows::item).toList();
  }

  /**
   * One slice of the live items of one type in one language, newest first, first published in
   * {@code [from, to)} ({@code null}: no bound): {@code limit} of them from the {@code offset}th.
   */
  public List<LiveItem> listLive(
      LanguageTag language, ContentType type, Instant from, Instant to, int offset, int limit) {
    var query =
        rows(LiveItemRows.SELECT_FROM
                + " where i.language = :lang and i.trashedAt is null and i.type = :type"
                + firstPublishedWithin(from, to)
                + " order by i.firstPublishedAt desc, i.id desc")
            .setParameter("lang", language.value())
            .setParameter("type", type);
    bindPeriod(query, from, to);
    return query
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultStream()
        .map(LiveItemRows::item)
        .toList();
  }

  /** How many live items of one type in one language were first published in {@code [from, to)}. */
  public long countLive(LanguageTag language, ContentType type, Instant from, Instant to) {
    var query =
        data.entityManager()
            .createQuery(
                "select count(i) from ContentItem i where i.language = :lang"
                    + " and i.liveRevision is not null and i.trashedAt is null and i.type = :type"
                    + firstPublishedWithin(from, to),
                Long.class)
            .setParameter("lang", language.value())
            .setParameter("type", type);
    bindPeriod(query, from, to);
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
    return rows(LiveItemRows.SELECT_FROM
            + " where i.language = :lang"
            + " and i.type = :type and i.parent is null and i.trashedAt is null"
            + " and i.slug in :slugs")
        .setParameter("lang", language.value())
        .setParameter("type", ContentType.PAGE)
        .setParameter("slugs", List.copyOf(slugs))
        .getResultStream()
        .map(LiveItemRows::item)
        .toList();
  }

  /** The live items of {@code language} featured on the home page, most recently featured first. */
  public List<LiveItem> listFeatured(LanguageTag language, int limit) {
    return rows(LiveItemRows.SELECT_FROM
            + " where i.language = :lang"
            + " and i.trashedAt is null and i.featuredAt is not null"
            + " order by i.featuredAt desc, i.id desc")
        .setParameter("lang", language.value())
        .setMaxResults(limit)
        .getResultStream()
        .map(LiveItemRows::item)
        .toList();
  }

  /** A read-only query of list rows ({@link LiveItemRows}). */
  private TypedQuery<Object[]> rows(String jpql) {
    return data.readOnlyQuery(jpql, Object[].class);
  }

  /** The condition "first published in {@code [from, to)}", either bound open when null. */
  private static String firstPublishedWithin(Instant from, Instant to) {
    return (from == null ? "" : " and i.firstPublishedAt >= :from")
        + (to == null ? "" : " and i.firstPublishedAt < :to");
  }

  /** Binds the bounds {@link #firstPublishedWithin} named. */
  private static void bindPeriod(jakarta.persistence.Query query, Instant from, Instant to) {
    if (from != null) {
      query.setParameter("from", from);
    }
    if (to != null) {
      query.setParameter("to", to);
    }
  }
}
