package org.meridian.content.menu;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.meridian.content.ContentItem;
import org.meridian.content.ContentNotFoundException;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.persistence.OfficeData;

/** The current office's menus: building them and showing their public form. */
@ApplicationScoped
@Transactional
public class Menus {

  @Inject private OfficeData data;

  /**
   * Adds an entry at the end of its level. {@code parentId}, {@code targetItemId} and {@code url}
   * are optional; an entry with neither target nor address is a heading.
   */
  public long add(
      MenuName menu,
      LanguageTag language,
      Long parentId,
      String label,
      Long targetItemId,
      String url) {
    EntityManager em = data.entityManager();
    MenuItem parent =
        parentId == null
            ? null
            : find(em, MenuItem.class, parentId, ContentNotFoundException::menuEntry);
    ContentItem target =
        targetItemId == null
            ? null
            : find(em, ContentItem.class, targetItemId, ContentNotFoundException::item);
    var count =
        em.createQuery(
                "select count(m) from MenuItem m where m.menu = :menu and m.language = :lang and "
                    + (parent == null ? "m.parent is null" : "m.parent = :parent"),
                Long.class)
            .setParameter("menu", menu)
            .setParameter("lang", language.value());
    if (parent != null) {
      count.setParameter("parent", parent);
    }
    long siblings = count.getSingleResult();
    MenuItem item = new MenuItem(menu, language, parent, (int) siblings, label, target, url);
    em.persist(item);
    em.flush();
    return item.getId();
  }

  /**
   * The menu as visitors see it: entries that lead to live items or to addresses, and headings that
   * still have such entries below them. {@code hrefOfSlug} turns a live item's slug, or a
   * site-relative address such as {@code news}, into a link for the current request.
   */
  public List<MenuEntry> live(
      MenuName menu, LanguageTag language, Function<String, String> hrefOfSlug) {
    List<MenuItem> items =
        data.entityManager()
            .createQuery(
                "select m from MenuItem m left join fetch m.target t left join fetch t.liveRevision"
                    + " where m.menu = :menu and m.language = :lang order by m.sortOrder, m.id",
                MenuItem.class)
            .setParameter("menu", menu)
            .setParameter("lang", language.value())
            .getResultList();
    Map<MenuItem, List<MenuEntry>> childrenOf = new LinkedHashMap<>();
    for (MenuItem item : items) {
      if (item.parent() != null) {
        entryOf(item, List.of(), hrefOfSlug)
            .ifPresent(
                e -> childrenOf.computeIfAbsent(item.parent(), p -> new ArrayList<>()).add(e));
      }
    }
    List<MenuEntry> top = new ArrayList<>();
    items.stream()
        .filter(item -> item.parent() == null)
        .sorted(Comparator.comparingInt(MenuItem::sortOrder))
        .forEach(
            item ->
                entryOf(item, childrenOf.getOrDefault(item, List.of()), hrefOfSlug)
                    .ifPresent(top::add));
    return top;
  }

  private static java.util.Optional<MenuEntry> entryOf(
      MenuItem item, List<MenuEntry> children, Function<String, String> hrefOfSlug) {
    if (item.target() != null) {
      return item.target().isLive()
          ? java.util.Optional.of(
              new MenuEntry(
                  item.label(), hrefOfSlug.apply(String.join("/", item.target().path())), children))
          : java.util.Optional.empty();
    }
    if (item.url() != null) {
      String href =
          MenuLinks.isSiteRelative(item.url()) ? hrefOfSlug.apply(item.url()) : item.url();
      return java.util.Optional.of(new MenuEntry(item.label(), href, children));
    }
    return children.isEmpty()
        ? java.util.Optional.empty()
        : java.util.Optional.of(new MenuEntry(item.label(), null, children));
  }

  private static <T> T find(
      EntityManager em,
      Class<T> type,
      long id,
      java.util.function.LongFunction<ContentNotFoundException> missing) {
    T found = em.find(type, id);
    if (found == null) {
      throw missing.apply(id);
    }
    return found;
  }
}
