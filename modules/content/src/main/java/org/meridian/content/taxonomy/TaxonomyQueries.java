package org.meridian.content.taxonomy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.meridian.content.ContentItem;
import org.meridian.content.ContentSummary;
import org.meridian.content.ContentType;
import org.meridian.content.EditorQueries;
import org.meridian.content.LiveItem;
import org.meridian.content.LiveItemRows;
import org.meridian.content.Slug;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * Reads the current office's content by theme and tag: the public lists (live items only) and the
 * API's filters.
 */
@ApplicationScoped
@Transactional
public class TaxonomyQueries {

  private static final String WITH_THEME =
      " and exists (select a from ItemTheme a where a.item = i and a.theme.code = :theme)";
  private static final String WITH_TAG =
      " and exists (select b from ItemTag b where b.item = i and b.tag.slug = :tag)";

  @Inject private OfficeData data;

  /** One page of the office's live items in {@code language} that carry the theme. */
  public LivePage liveWithTheme(LanguageTag language, ThemeCode theme, int page, int size) {
    return livePage(language, Optional.of(theme), Optional.empty(), page, size);
  }

  /** One page of the office's live items in {@code language} that carry the tag. */
  public LivePage liveWithTag(LanguageTag language, Slug tag, int page, int size) {
    return livePage(language, Optional.empty(), Optional.of(tag), page, size);
  }

  /** The themes that live items of the office in {@code language} carry, with how many, by name. */
  public List<ThemeUse> themesInUse(LanguageTag language) {
    List<Object[]> rows =
        data.entityManager()
            .createQuery(
                "select a.theme, count(a) from ItemTheme a join a.item i"
                    + " where i.liveRevision is not null and i.language = :lang group by a.theme",
                Object[].class)
            .setParameter("lang", language.value())
            .getResultList();
    List<ThemeUse> uses = new ArrayList<>();
    for (Object[] row : rows) {
      uses.add(new ThemeUse(ThemeLabel.of((Theme) row[0], language), (Long) row[1]));
    }
    uses.sort(Comparator.comparing(u -> u.theme().name(), String.CASE_INSENSITIVE_ORDER));
    return uses;
  }

  /** Live items in {@code language}, newest first, filtered by type, theme and tag when given. */
  public List<LiveItem> listLive(
      LanguageTag language,
      Optional<ContentType> type,
      Optional<ThemeCode> theme,
      Optional<Slug> tag,
      int limit) {
    TypedQuery<Object[]> query =
        data.readOnlyQuery(
                LiveItemRows.SELECT_FROM
                    + " where i.language = :lang"
                    + (type.isPresent() ? " and i.type = :type" : "")
                    + (theme.isPresent() ? WITH_THEME : "")
                    + (tag.isPresent() ? WITH_TAG : "")
                    + " order by i.firstPublishedAt desc, i.id desc",
                Object[].class)
            .setParameter("lang", language.value());
    type.ifPresent(t -> query.setParameter("type", t));
    bind(query, theme, tag);
    return query.setMaxResults(limit).getResultStream().map(LiveItemRows::item).toList();
  }

  /** Every item of the office, drafts included, most recently changed first, filtered. */
  public List<ContentSummary> listForEditors(
      Optional<ThemeCode> theme, Optional<Slug> tag, int limit) {
    TypedQuery<ContentItem> query =
        data.entityManager()
            .createQuery(
                "select i from ContentItem i join fetch i.latestRevision where 1 = 1"
                    + (theme.isPresent() ? WITH_THEME : "")
                    + (tag.isPresent() ? WITH_TAG : "")
                    + " order by i.modifiedAt desc",
                ContentItem.class);
    bind(query, theme, tag);
    return query.setMaxResults(limit).getResultStream().map(EditorQueries::summary).toList();
  }

  /** Refuses a theme code that names no theme, or a tag address that no tag of the office has. */
  public void requireKnown(Optional<ThemeCode> theme, Optional<Slug> tag) {
    EntityManager em = data.entityManager();
    theme.ifPresent(code -> Themes.require(em, java.util.Set.of(code)));
    tag.ifPresent(
        slug -> {
          long found =
              em.createQuery("select count(t) from Tag t where t.slug = :slug", Long.class)
                  .setParameter("slug", slug.value())
                  .getSingleResult();
          if (found == 0) {
            throw new IllegalArgumentException("No tag '" + slug + "' in this office");
          }
        });
  }

  private LivePage livePage(
      LanguageTag language, Optional<ThemeCode> theme, Optional<Slug> tag, int page, int size) {
    if (page < 1 || size < 1) {
      throw new IllegalArgumentException("Pages are numbered from 1 and hold at least one item");
    }
    EntityManager em = data.entityManager();
    String where =
        " where i.liveRevision is not null and i.language = :lang"
            + (theme.isPresent() ? WITH_THEME : "")
            + (tag.isPresent() ? WITH_TAG : "");
    TypedQuery<Long> count =
        em.createQuery("select count(i) from ContentItem i" + where, Long.class)
            .setParameter("lang", language.value());
    bind(count, theme, tag);
    long total = count.getSingleResult();
    TypedQuery<Object[]> items =
        data.readOnlyQuery(
                LiveItemRows.SELECT_FROM + where + " order by i.firstPublishedAt desc, i.id desc",
                Object[].class)
            .setParameter("lang", language.value());
    bind(items, theme, tag);
    List<LiveItem> shown =
        items
            .setFirstResult((int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * size))
            .setMaxResults(size)
            .getResultStream()
            .map(LiveItemRows::item)
            .toList();
    return new LivePage(shown, page, LivePage.pagesFor(total, size), total);
  }

  private static void bind(TypedQuery<?> query, Optional<ThemeCode> theme, Optional<Slug> tag) {
    theme.ifPresent(t -> query.setParameter("theme", t.value()));
    tag.ifPresent(t -> query.setParameter("tag", t.value()));
  }
}
