package org.meridian.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * The current office's live items in one language as the delivery API pages them: filtered ({@link
 * Filter}), ordered ({@link Sort}) and read a page at a time with a count, whatever the office's
 * size; with their bodies, which the API's items show.
 */
@ApplicationScoped
@Transactional
public class LiveListQueries {

  @Inject private OfficeData data;

  /**
   * What the list keeps ({@code null}: any): a type, a value of the type's {@code kind} field, a
   * theme code, a tag address, and items published (first or again) at or after {@code
   * updatedSince}.
   */
  public record Filter(
      LanguageTag language,
      ContentType type,
      String kind,
      String theme,
      String tag,
      Instant updatedSince) {}

  /** The orders of the list; ties fall back to the newest item first. */
  public enum Sort {
    /** First published, newest first (the default). */
    PUBLISHED_DESC(" order by i.firstPublishedAt desc, i.id desc"),
    /** First published, oldest first. */
    PUBLISHED_ASC(" order by i.firstPublishedAt asc, i.id asc"),
    /** Last published, most recent first. */
    UPDATED_DESC(" order by i.lastPublishedAt desc, i.id desc"),
    /** Last published, least recent first. */
    UPDATED_ASC(" order by i.lastPublishedAt asc, i.id asc"),
    /** By the live title, A to Z. */
    TITLE(" order by r.title asc, i.id desc");

    private final String orderBy;

    Sort(String orderBy) {
      this.orderBy = orderBy;
    }
  }

  /** One page of the live list and how many items the whole list has. */
  public record Page(List<LiveItemWithBody> items, long total) {}

  /**
   * The live items passing {@code filter}, in {@code sort} order, {@code max} from {@code first}.
   */
  public Page page(Filter filter, Sort sort, int first, int max) {
    var em = data.entityManager();
    Query count =
        em.createQuery("select count(i) from ContentItem i join i.liveRevision r" + where(filter));
    bind(count, filter);
    var rows =
        em.createQuery(
            "select i, r from ContentItem i join i.liveRevision r" + where(filter) + sort.orderBy,
            Object[].class);
    bind(rows, filter);
    List<LiveItemWithBody> items =
        rows.setFirstResult(Math.max(0, first))
            .setMaxResults(max)
            .getResultStream()
            .map(row -> LiveItemWithBody.of((ContentItem) row[0]))
            .toList();
    return new Page(items, ((Number) count.getSingleResult()).longValue());
  }

  private static String where(Filter filter) {
    StringBuilder jpql = new StringBuilder(" where i.language = :lang and i.trashedAt is null");
    if (filter.type() != null) {
      jpql.append(" and i.type = :type");
    }
    if (filter.kind() != null) {
      // Type fields are stored as compact JSON: a kind reads "kind":"<value>".
      jpql.append(" and r.fields like :kind");
    }
    if (filter.theme() != null) {
      jpql.append(
          " and exists (select a from ItemTheme a where a.item = i and a.theme.code = :theme)");
    }
    if (filter.tag() != null) {
      jpql.append(" and exists (select b from ItemTag b where b.item = i and b.tag.slug = :tag)");
    }
    if (filter.updatedSince() != null) {
      jpql.append(" and i.lastPublishedAt >= :since");
    }
    return jpql.toString();
  }

  private static void bind(Query query, Filter filter) {
    query.setParameter("lang", filter.language().value());
    if (filter.type() != null) {
      query.setParameter("type", filter.type());
    }
    if (filter.kind() != null) {
      query.setParameter("kind", "%\"kind\":\"" + filter.kind() + "\"%");
    }
    if (filter.theme() != null) {
      query.setParameter("theme", filter.theme());
    }
    if (filter.tag() != null) {
      query.setParameter("tag", filter.tag());
    }
    if (filter.updatedSince() != null) {
      query.setParameter("since", filter.updatedSince());
    }
  }
}
