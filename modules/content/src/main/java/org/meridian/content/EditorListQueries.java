package org.meridian.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * The editors' content list of the current office: its filters ({@link EditorFilter}), orders
 * ({@link EditorSort}) and pages read from the database with a count, whatever the office's size.
 */
@ApplicationScoped
@Transactional
public class EditorListQueries {

  @Inject private OfficeData data;

  /**
   * One page of the office's items that pass {@code filter} (among {@code onlyIds}, {@code null}:
   * all), in {@code sort} order, from the {@code first}th: a page query and a count, whatever the
   * office's size.
   */
  public EditorPage pageForEditors(
      EditorFilter filter,
      EditorSort sort,
      LocalDate today,
      Collection<Long> onlyIds,
      int first,
      int max) {
    if (onlyIds != null && onlyIds.isEmpty()) {
      return new EditorPage(List.of(), 0);
    }
    // Every filter is on the item's own columns: the count reads content_item alone (an
    // index-only scan of content_item_recent_idx when nothing else is asked).
    var count =
        data.entityManager()
            .createQuery(
                "select count(i) from ContentItem i" + editorWhere(filter, onlyIds), Long.class);
    bindEditorFilter(count, filter, today, onlyIds);
    return new EditorPage(rows(filter, sort, today, onlyIds, first, max), count.getSingleResult());
  }

  /**
   * The people who wrote the latest revision of an item of the office, for the author filter: read
   * from the items' own copy of that author (content_item_author_idx), not from their revisions.
   */
  public List<String> latestAuthors() {
    return data.entityManager()
        .createQuery(
            "select distinct i.latestAuthor from ContentItem i"
                + " where i.trashedAt is null and i.latestAuthor is not null order by i.latestAuthor",
            String.class)
        .getResultList();
  }

  List<ContentSummary> rows(
      EditorFilter filter,
      EditorSort sort,
      LocalDate today,
      Collection<Long> onlyIds,
      int first,
      int max) {
    if (onlyIds != null && onlyIds.isEmpty()) {
      return List.of();
    }
    // The page's ids first, from content_item alone (the default order is
    // content_item_recent_idx's,
    // the title order content_item_title_idx's: a page is fifty index entries, however deep); then
    // those fifty items with their latest revisions, loaded at once.
    var em = data.entityManager();
    var ids =
        em.createQuery(
            "select i.id from ContentItem i" + editorWhere(filter, onlyIds) + sort.orderBy(),
            Long.class);
    bindEditorFilter(ids, filter, today, onlyIds);
    List<Long> page = ids.setFirstResult(Math.max(0, first)).setMaxResults(max).getResultList();
    if (page.isEmpty()) {
      return List.of();
    }
    java.util.Map<Long, ContentItem> loaded = new java.util.HashMap<>();
    em.createQuery(
            "select i, r from ContentItem i join i.latestRevision r where i.id in :page",
            Object[].class)
        .setParameter("page", page)
        .getResultStream()
        .forEach(row -> loaded.put(((ContentItem) row[0]).getId(), (ContentItem) row[0]));
    return page.stream()
        .map(loaded::get)
        .filter(java.util.Objects::nonNull)
        .map(EditorQueries::summary)
        .toList();
  }

  private static String editorWhere(EditorFilter filter, Collection<Long> onlyIds) {
    StringBuilder jpql = new StringBuilder(" where i.trashedAt is null");
    if (onlyIds != null) {
      jpql.append(" and i.id in :ids");
    }
    if (filter.type() != null) {
      jpql.append(" and i.type = :type");
    }
    if (filter.language() != null) {
      jpql.append(" and i.language = :lang");
    }
    if (filter.theme() != null) {
      jpql.append(
          " and exists (select it from ItemTheme it join it.theme th where it.item = i"
              + " and th.code = :theme)");
    }
    if (filter.tag() != null) {
      jpql.append(
          " and exists (select ig from ItemTag ig join ig.tag tg where ig.item = i"
              + " and tg.slug = :tag)");
    }
    if (filter.author() != null) {
      jpql.append(" and lower(i.latestAuthor) = :author");
    }
    if (filter.state() != null) {
      jpql.append(
          switch (filter.state()) {
            case DRAFT -> " and i.liveRevision is null";
            case LIVE -> " and i.liveRevision is not null and i.liveRevision = i.latestRevision";
            case CHANGED ->
                " and i.liveRevision is not null and i.liveRevision <> i.latestRevision";
            case REVIEW_OVERDUE -> " and i.reviewBy < :today";
            // "Outdated since" is set exactly while a translation is outdated.
            case TRANSLATION_OUTDATED ->
                " and exists (select t from Translation t where t.item = i"
                    + " and t.outdatedSince is not null)";
            case TRANSLATION_CURRENT ->
                " and exists (select t from Translation t where t.item = i"
                    + " and t.outdatedSince is null)";
          });
    }
    return jpql.toString();
  }

  private static void bindEditorFilter(
      jakarta.persistence.Query query,
      EditorFilter filter,
      LocalDate today,
      Collection<Long> onlyIds) {
    if (filter.type() != null) {
      query.setParameter("type", filter.type());
    }
    if (filter.language() != null) {
      query.setParameter("lang", filter.language());
    }
    if (filter.theme() != null) {
      query.setParameter("theme", filter.theme());
    }
    if (filter.tag() != null) {
      query.setParameter("tag", filter.tag());
    }
    if (filter.author() != null) {
      query.setParameter("author", filter.author().toLowerCase(java.util.Locale.ROOT));
    }
    if (filter.state() == EditorFilter.State.REVIEW_OVERDUE) {
      query.setParameter("today", today);
    }
    if (onlyIds != null) {
      query.setParameter("ids", List.copyOf(onlyIds));
    }
  }
}
