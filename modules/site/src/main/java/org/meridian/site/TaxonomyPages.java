package org.meridian.site;

import static org.meridian.site.Html.escape;

import java.util.List;
import org.meridian.content.menu.MenuEntry;
import org.meridian.content.taxonomy.ItemTerms;
import org.meridian.content.taxonomy.LivePage;
import org.meridian.content.taxonomy.TagLabel;
import org.meridian.content.taxonomy.ThemeLabel;
import org.meridian.content.taxonomy.ThemeUse;

/**
 * The public pages of themes and tags: {@code /{lang}/themes} (the themes the office's live content
 * carries), {@code /{lang}/themes/{slug}} and {@code /{lang}/tags/{slug}} (the live items that
 * carry one, newest first, {@value #PAGE_SIZE} a page), and the links on item pages.
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
    StringBuilder main = new StringBuilder();
    main.append("<h1>").append(SitePages.words(site, "themes")).append("</h1>");
    if (themes.isEmpty()) {
      main.append("<p>").append(SitePages.words(site, "noThemes")).append("</p>");
    } else {
      main.append("<ul class=\"themes\">");
      for (ThemeUse use : themes) {
        main.append("<li><a href=\"")
            .append(escape(site.home() + themePath(use.theme().slug())))
            .append("\">")
            .append(escape(use.theme().name()))
            .append("</a> (")
            .append(use.items())
            .append(")</li>");
      }
      main.append("</ul>");
    }
    return SitePages.layout(
        site,
        SiteWords.of(site.language(), "themes"),
        PageHead.listing(site, THEMES),
        menu,
        main.toString());
  }

  static String themePage(
      SitePages.Context site, List<MenuEntry> menu, ThemeLabel theme, LivePage page) {
    return listing(
        site, menu, heading(site, "themeHeading", theme.name()), themePath(theme.slug()), page);
  }

  static String tagPage(SitePages.Context site, List<MenuEntry> menu, TagLabel tag, LivePage page) {
    return listing(site, menu, heading(site, "tagHeading", tag.name()), tagPath(tag.slug()), page);
  }

  /** The themes and tags at the foot of an item's page, as links to their pages. */
  static void appendTerms(SitePages.Context site, StringBuilder main, ItemTerms terms) {
    if (terms.isEmpty()) {
      return;
    }
    main.append("<nav class=\"terms\" aria-label=\"")
        .append(SitePages.words(site, "themesAndTags"))
        .append("\">");
    if (!terms.themes().isEmpty()) {
      main.append("<p>").append(SitePages.words(site, "themes")).append(": ");
      appendLinks(
          main,
          terms.themes().stream()
              .map(t -> new String[] {site.home() + themePath(t.slug()), t.name()})
              .toList(),
          false);
      main.append("</p>");
    }
    if (!terms.tags().isEmpty()) {
      main.append("<p>").append(SitePages.words(site, "tags")).append(": ");
      appendLinks(
          main,
          terms.tags().stream()
              .map(t -> new String[] {site.home() + tagPath(t.slug()), t.name()})
              .toList(),
          true);
      main.append("</p>");
    }
    main.append("</nav>");
  }

  private static void appendLinks(StringBuilder main, List<String[]> links, boolean tags) {
    for (int i = 0; i < links.size(); i++) {
      if (i > 0) {
        main.append(", ");
      }
      main.append("<a")
          .append(tags ? " rel=\"tag\"" : "")
          .append(" href=\"")
          .append(escape(links.get(i)[0]))
          .append("\">")
          .append(escape(links.get(i)[1]))
          .append("</a>");
    }
  }

  private static String heading(SitePages.Context site, String key, String name) {
    return String.format(SiteWords.of(site.language(), key), name);
  }

  private static String listing(
      SitePages.Context site, List<MenuEntry> menu, String heading, String path, LivePage page) {
    StringBuilder main = new StringBuilder();
    main.append("<h1>").append(escape(heading)).append("</h1>");
    SitePages.appendItems(site, main, page.items(), "nothingYet");
    appendPager(site, main, path, page);
    String title =
        page.page() > 1
            ? heading
                + " ("
                + String.format(SiteWords.of(site.language(), "pageOf"), page.page(), page.pages())
                + ")"
            : heading;
    return SitePages.layout(
        site, title, PageHead.paged(site, path, page.page(), page.pages()), menu, main.toString());
  }

  /** Links to the previous and next pages of a list at {@code path}, when it has more than one. */
  static void appendPager(SitePages.Context site, StringBuilder main, String path, LivePage page) {
    if (page.pages() > 1) {
      String here = site.home() + path;
      main.append("<nav class=\"pager\" aria-label=\"")
          .append(SitePages.words(site, "pages"))
          .append("\"><ul>");
      if (page.hasPrevious()) {
        main.append("<li><a rel=\"prev\" href=\"")
            .append(escape(here + PageHead.pageQuery(page.page() - 1)))
            .append("\">")
            .append(SitePages.words(site, "previous"))
            .append("</a></li>");
      }
      main.append("<li aria-current=\"page\">")
          .append(
              escape(
                  String.format(
                      SiteWords.of(site.language(), "pageOf"), page.page(), page.pages())))
          .append("</li>");
      if (page.hasNext()) {
        main.append("<li><a rel=\"next\" href=\"")
            .append(escape(here + PageHead.pageQuery(page.page() + 1)))
            .append("\">")
            .append(SitePages.words(site, "next"))
            .append("</a></li>");
      }
      main.append("</ul></nav>");
    }
  }
}
