package org.meridian.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * Reads the current office's items as its editors see them, drafts included: the dashboard's and
 * the console's lists, an item to edit, the choices an editor picks from, free slugs, a preview,
 * the office's counts. What the public sees is read by {@link LiveQueries}.
 */
@ApplicationScoped
@Transactional
public class EditorQueries {

  @Inject private OfficeData data;
  @Inject private Clock clock;
  @Inject private EditorListQueries editorList;

  /**
   * The current office's item as it would look with revision {@code number} live (for a preview),
   * if the item exists, is not in the trash and has that revision.
   */
  public Optional<LiveItemWithBody> preview(long itemId, int number) {
    return data.entityManager()
        .createQuery(
            "select r from Revision r join fetch r.item i where i.id = :item and r.number = :number"
                + " and i.trashedAt is null",
            Revision.class)
        .setParameter("item", itemId)
        .setParameter("number", number)
        .getResultStream()
        .findFirst()
        .map(r -> LiveItemWithBody.of(r.item(), r));
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
        .map(EditorQueries::summary)
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
        .map(EditorQueries::summary)
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
        .map(EditorQueries::summary)
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
        .map(EditorQueries::summary)
        .toList();
  }

  /** One item with every field of its latest revision, for its editor. */
  public Optional<EditableItem> findEditable(long itemId) {
    return Optional.ofNullable(data.entityManager().find(ContentItem.class, itemId))
        .filter(i -> i.latestRevision() != null && !i.isTrashed())
        .map(EditableItem::of);
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
        .map(EditorQueries::summary);
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
