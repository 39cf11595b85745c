package org.meridian.content.menu;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.meridian.content.ContentItem;
import org.meridian.content.ItemChoice;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.people.AccountDirectory;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * Editing the current office's menus: read them as trees, add an entry, change its label or where
 * it leads, move it among its siblings, indent and outdent it (two levels, {@link MenuOutline}),
 * delete it with the entries below it. Only the office's administrators and HQ administrators
 * change menus ({@link MenuRules}, checked here on every change); another office's entries are "not
 * found", as with every office-owned row. Every change names the version of the entry the caller
 * saw: if someone else changed it since, it is refused ({@link MenuConflictException}) and nothing
 * is written. Every change fires {@link MenuChanged}.
 */
@ApplicationScoped
@Transactional
public class MenuEditor {

  @Inject private OfficeData data;
  @Inject private TenantContext tenant;
  @Inject private AccountDirectory accounts;
  @Inject private Event<MenuChanged> changed;

  /** Whether {@code actor} may change the current office's menus. */
  public boolean mayEdit(String actor) {
    return MenuRules.refusalToEdit(roles(actor), tenant.require()).isEmpty();
  }

  /** The menu in that language as a tree, entries in order, for editors (drafts' entries too). */
  public List<MenuNode> tree(MenuName menu, LanguageTag language) {
    List<MenuItem> items = items(data.entityManager(), menu, language);
    Map<Long, List<MenuNode>> children = new HashMap<>();
    for (MenuItem item : items) {
      if (item.parent() != null) {
        children
            .computeIfAbsent(item.parent().getId(), p -> new ArrayList<>())
            .add(node(item, List.of()));
      }
    }
    return items.stream()
        .filter(i -> i.parent() == null)
        .map(i -> node(i, children.getOrDefault(i.getId(), List.of())))
        .toList();
  }

  /** The office's items in that language (not in the trash) an entry may lead to. */
  public List<ItemChoice> targets(LanguageTag language) {
    return data.entityManager()
        .createQuery(
            "select i from ContentItem i join fetch i.latestRevision"
                + " where i.language = :lang and i.trashedAt is null",
            ContentItem.class)
        .setParameter("lang", language.value())
        .getResultStream()
        .map(i -> new ItemChoice(i.getId(), describe(i)))
        .sorted(Comparator.comparing(c -> c.label().toLowerCase(Locale.ROOT)))
        .toList();
  }

  /**
   * Adds an entry at the end of the menu's top level. {@code targetItemId} and {@code url} are
   * optional (not both); with neither the entry is a heading.
   */
  public long add(
      MenuName menu,
      LanguageTag language,
      String label,
      Long targetItemId,
      String url,
      String actor) {
    requireEditor(actor);
    OfficeRef office = tenant.require();
    if (!office.languages().contains(language)) {
      throw new MenuRefusedException(
          Refusal.of(
              "menu.office_0_not_in_1", "{0} does not publish in {1}.", office.code(), language));
    }
    EntityManager em = data.entityManager();
    int last = (int) items(em, menu, language).stream().filter(i -> i.parent() == null).count();
    MenuItem item =
        new MenuItem(menu, language, null, last, label, target(em, targetItemId), blank(url));
    em.persist(item);
    em.flush();
    fire(item, "entry " + item.getId() + " '" + item.label() + "' added", actor);
    return item.getId();
  }

  /** Changes an entry's label and where it leads. */
  public void change(
      long id, long expectedVersion, String label, Long targetItemId, String url, String actor) {
    requireEditor(actor);
    EntityManager em = data.entityManager();
    MenuItem item = require(em, id, expectedVersion);
    String before = item.label();
    item.rename(label);
    item.lead(target(em, targetItemId), blank(url));
    em.flush();
    fire(
        item,
        "entry "
            + id
            + " '"
            + before
            + "' changed"
            + (before.equals(item.label()) ? "" : " to '" + item.label() + "'"),
        actor);
  }

  public void moveUp(long id, long expectedVersion, String actor) {
    move(id, expectedVersion, actor, "moved up", MenuOutline::moveUp);
  }

  public void moveDown(long id, long expectedVersion, String actor) {
    move(id, expectedVersion, actor, "moved down", MenuOutline::moveDown);
  }

  public void indent(long id, long expectedVersion, String actor) {
    move(id, expectedVersion, actor, "indented", MenuOutline::indent);
  }

  public void outdent(long id, long expectedVersion, String actor) {
    move(id, expectedVersion, actor, "outdented", MenuOutline::outdent);
  }

  /**
   * Puts an entry at a place in one step (what a drag and drop asks): under {@code parentId}
   * ({@code null}: the top level) at position {@code index} among its new siblings. The same rules,
   * version check, audit and event as the buttons' moves.
   */
  public void place(long id, long expectedVersion, Long parentId, int index, String actor) {
    move(
        id,
        expectedVersion,
        actor,
        "moved to position "
            + (index + 1)
            + (parentId == null ? " of the top level" : " below entry " + parentId),
        (outline, entry) -> outline.place(entry, parentId, index));
  }

  /** Deletes an entry and the entries below it; answers how many entries went. */
  public int delete(long id, long expectedVersion, String actor) {
    requireEditor(actor);
    EntityManager em = data.entityManager();
    MenuItem item = require(em, id, expectedVersion);
    List<MenuItem> menu = items(em, item.menu(), item.language());
    MenuOutline outline = outline(menu);
    List<Long> gone = outline.remove(id);
    Map<Long, MenuItem> byId = new HashMap<>();
    menu.forEach(m -> byId.put(m.getId(), m));
    for (Long goneId : gone) {
      // Children first, each on its own, so that no row points at a deleted parent.
      em.remove(byId.get(goneId));
      em.flush();
    }
    apply(byId, outline.placements());
    em.flush();
    fire(
        item,
        "entry "
            + id
            + " '"
            + item.label()
            + "' deleted"
            + (gone.size() > 1 ? " with " + (gone.size() - 1) + " below it" : ""),
        actor);
    return gone.size();
  }

  private interface Move {
    List<MenuOutline.Placement> apply(MenuOutline outline, long id);
  }

  private void move(long id, long expectedVersion, String actor, String what, Move move) {
    requireEditor(actor);
    EntityManager em = data.entityManager();
    MenuItem item = require(em, id, expectedVersion);
    List<MenuItem> menu = items(em, item.menu(), item.language());
    Map<Long, MenuItem> byId = new HashMap<>();
    menu.forEach(m -> byId.put(m.getId(), m));
    apply(byId, move.apply(outline(menu), id));
    em.flush();
    fire(item, "entry " + id + " '" + item.label() + "' " + what, actor);
  }

  private static void apply(Map<Long, MenuItem> byId, List<MenuOutline.Placement> placements) {
    // Top-level entries first, so that an entry is never put under one that is still nested.
    placements.stream()
        .sorted(Comparator.comparing(p -> p.parent() != null))
        .forEach(
            p ->
                byId.get(p.id())
                    .place(p.parent() == null ? null : byId.get(p.parent()), p.order()));
  }

  private static MenuOutline outline(List<MenuItem> items) {
    return new MenuOutline(
        items.stream()
            .map(
                i ->
                    new MenuOutline.Node(i.getId(), i.parent() == null ? null : i.parent().getId()))
            .toList());
  }

  private void requireEditor(String actor) {
    MenuRules.refusalToEdit(roles(actor), tenant.require())
        .ifPresent(
            why -> {
              throw new MenuRefusedException(why);
            });
  }

  private List<org.meridian.tenancy.people.OfficeRole> roles(String actor) {
    return actor == null ? List.of() : accounts.officesOf(actor);
  }

  /** The office's entry, as the caller saw it; another office's ids are not found. */
  private static MenuItem require(EntityManager em, long id, long expectedVersion) {
    MenuItem item = em.find(MenuItem.class, id);
    if (item == null) {
      throw new MenuRefusedException(
          Refusal.of("menu.no_entry_0_in_office", "No menu entry {0} in this office.", id));
    }
    if (item.getVersion() != expectedVersion) {
      throw new MenuConflictException(
          Refusal.of(
              "menu.changed_meanwhile_0",
              "Someone else changed the menu entry '{0}' since you opened the menu: nothing was"
                  + " changed. Look at the menu as it is now and try again.",
              item.label()));
    }
    return item;
  }

  private static ContentItem target(EntityManager em, Long targetItemId) {
    if (targetItemId == null) {
      return null;
    }
    ContentItem item = em.find(ContentItem.class, targetItemId);
    if (item == null || item.isTrashed()) {
      throw new MenuRefusedException(
          MenuRefusedException.Field.TARGET,
          Refusal.of("menu.no_item_0", "No item {0} in this office.", targetItemId));
    }
    return item;
  }

  private static String blank(String url) {
    return url == null || url.isBlank() ? null : url;
  }

  private static List<MenuItem> items(EntityManager em, MenuName menu, LanguageTag language) {
    List<MenuItem> items =
        em.createQuery(
                "select m from MenuItem m left join fetch m.target"
                    + " where m.menu = :menu and m.language = :lang order by m.sortOrder, m.id",
                MenuItem.class)
            .setParameter("menu", menu)
            .setParameter("lang", language.value())
            .getResultList();
    // Top-level entries first, so that an outline sees parents before their children.
    List<MenuItem> ordered =
        new ArrayList<>(items.stream().filter(i -> i.parent() == null).toList());
    ordered.addAll(items.stream().filter(i -> i.parent() != null).toList());
    return ordered;
  }

  private static MenuNode node(MenuItem item, List<MenuNode> children) {
    ContentItem target = item.target();
    return new MenuNode(
        item.getId(),
        item.getVersion(),
        item.label(),
        target == null ? null : target.getId(),
        target == null ? null : describe(target),
        item.url(),
        children);
  }

  private static String describe(ContentItem item) {
    return "/"
        + String.join("/", item.path())
        + " — "
        + item.latestRevision().title()
        + " ("
        + item.type().name().toLowerCase(Locale.ROOT)
        + (item.isLive() ? "" : ", not published")
        + ")";
  }

  private void fire(MenuItem item, String what, String actor) {
    changed.fire(
        new MenuChanged(
            tenant.require().code(),
            item.language(),
            item.menu(),
            item.menu().name().toLowerCase(Locale.ROOT)
                + " menu ("
                + item.language()
                + "): "
                + what,
            actor));
  }
}
