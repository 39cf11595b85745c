package org.meridian.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.meridian.content.ContentType;
import org.meridian.content.LiveQueries;
import org.meridian.content.menu.MenuEntry;
import org.meridian.content.menu.MenuName;
import org.meridian.content.menu.Menus;

/**
 * The office's main and footer menus as a page shows them, kept per office, URL prefix and language
 * between requests: every page shows them, and they change only when the office's pages are dropped
 * from the page cache (a menu change, a publish, an unpublish…). A kept pair is used only while the
 * office's page-cache epoch is the one it was read under, so it never outlives a change, on this
 * node or, through the cache's generations, on another one.
 */
@ApplicationScoped
public class SiteMenus {

  private static final int MAX_SECTIONS = 12;

  /** The main menu and the footer menu of one office in one language, with their links. */
  record Navigation(List<MenuEntry> main, List<MenuEntry> footer) {}

  private record Key(String office, String basePath, String language) {}

  private record Held(long epoch, Navigation navigation) {}

  @Inject private Menus menus;
  @Inject private LiveQueries content;
  @Inject private PageCache cache;
  @Inject private SiteAddress address;

  private final ConcurrentHashMap<Key, Held> held = new ConcurrentHashMap<>();

  /** The menus of the request's office (which must be entered) in the page's language. */
  Navigation of(SitePages.Context site) {
    String office = site.office().code().value();
    Key key = new Key(office, site.basePath(), site.language().value());
    long epoch = cache.epoch(office);
    Held kept = held.get(key);
    if (kept != null && kept.epoch() == epoch) {
      return kept.navigation();
    }
    OfficeLinks links = address.links(site);
    Navigation read = new Navigation(linked(main(site), links), linked(footer(site), links));
    if (cache.epoch(office) == epoch) {
      held.put(key, new Held(epoch, read));
    }
    return read;
  }

  /**
   * The office's main menu in the page's language; an office without one (created before menus
   * existed) lists its live pages instead.
   */
  private List<MenuEntry> main(SitePages.Context site) {
    String languageRoot = site.home();
    List<MenuEntry> menu = menus.live(MenuName.MAIN, site.language(), path -> languageRoot + path);
    if (!menu.isEmpty()) {
      return menu;
    }
    return content.listLive(site.language(), Optional.of(ContentType.PAGE), MAX_SECTIONS).stream()
        .map(page -> new MenuEntry(page.title(), site.link(page), List.of()))
        .toList();
  }

  /**
   * The entries with their paths on this server written for the request (see {@link OfficeLinks}):
   * {@code /gambia/en/x} without its prefix on Gambia's own host, {@code /hq/en/} to HQ's own
   * address when it has one.
   */
  static List<MenuEntry> linked(List<MenuEntry> entries, OfficeLinks links) {
    return entries.stream()
        .map(
            entry ->
                new MenuEntry(
                    entry.label(), links.href(entry.href()), linked(entry.children(), links)))
        .toList();
  }

  private List<MenuEntry> footer(SitePages.Context site) {
    String languageRoot = site.home();
    return menus.live(MenuName.FOOTER, site.language(), path -> languageRoot + path);
  }
}
