package org.meridian.site;

import java.util.List;
import java.util.Map;
import org.meridian.content.menu.MenuEntry;
import org.meridian.content.taxonomy.LivePage;
import org.meridian.content.taxonomy.TagLabel;
import org.meridian.content.taxonomy.ThemeLabel;
import org.meridian.content.taxonomy.ThemeUse;
import org.meridian.site.view.ListView;
import org.meridian.site.view.Pager;
import org.meridian.site.view.Templates;
import org.meridian.site.view.ThemesView;
import org.meridian.site.view.Words;

/**
 * The public pages of themes and tags: {@code /{lang}/themes} (the themes the office's live content
 * carries), {@code /{lang}/themes/{slug}} and {@code /{lang}/tags/{slug}} (the live items that
 * carry one, newest first, {@value #PAGE_SIZE} a page).
 */
final class TaxonomyPages {

  static final String THEMES = "themes";
  static final String TAGS = "tags";
  static final int PAGE_SIZE = 20;

  private TaxonomyPages() {}

  static String themePath(String slug) {
    return THEMES + "/" + slug;
  }

  static String tagPath(String slug) {
    return TAGS + "/" + slug;
  }

  static String themeIndex(SitePages.Context site, List<MenuEntry> menu, List<ThemeUse> themes) {
    String heading = site.words().get("themes");
    return Templates.render(
        "themes.jte",
        new ThemesView(
            SitePages.chrome(
                site, heading, PageHead.listing(site, THEMES, heading), menu, Map.of()),
            heading,
            themes.stream()
                .map(
                    use ->
                        new ThemesView.Theme(
                            use.theme().name(),
                            site.home() + themePath(use.theme().slug()),
                            use.items()))
                .toList()));
  }

  static String themePage(
      SitePages.Context site, List<MenuEntry> menu, ThemeLabel theme, LivePage page) {
    return listing(
        site,
        menu,
        site.words().format("themeHeading", theme.name()),
        themePath(theme.slug()),
        page);
  }

  static String tagPage(SitePages.Context site, List<MenuEntry> menu, TagLabel tag, LivePage page) {
    return listing(
        site, menu, site.words().format("tagHeading", tag.name()), tagPath(tag.slug()), page);
  }

  private static String listing(
      SitePages.Context site, List<MenuEntry> menu, String heading, String path, LivePage page) {
    Words w = site.words();
    return Templates.render(
        "list.jte",
        new ListView(
            SitePages.chrome(
                site,
                ListingPages.titled(site, heading, page),
                PageHead.paged(site, path, page.page(), page.pages(), heading),
                menu,
                Map.of()),
            null,
            heading,
            "news",
            null,
            null,
            page.items().stream().map(i -> SitePages.card(site, i, null, true)).toList(),
            w.get("nothingYet"),
            pager(site, path, page)));
  }

  /** Links to the previous and next pages of a list at {@code path}; none for a single page. */
  static Pager pager(SitePages.Context site, String path, LivePage page) {
    if (page.pages() <= 1) {
      return null;
    }
    String here = site.home() + path;
    return new Pager(
        page.hasPrevious() ? here + PageHead.pageQuery(page.page() - 1) : null,
        page.hasNext() ? here + PageHead.pageQuery(page.page() + 1) : null,
        site.words().format("pageOf", page.page(), page.pages()));
  }
}
