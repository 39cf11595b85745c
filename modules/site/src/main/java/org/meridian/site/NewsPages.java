package org.meridian.site;

import static org.meridian.site.Html.escape;

import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.meridian.content.LiveItem;
import org.meridian.content.menu.MenuEntry;
import org.meridian.content.taxonomy.LivePage;
import org.meridian.content.taxonomy.ThemeUse;

/**
 * The news list, {@code /{lang}/news}: the office's news, newest first, {@value #PAGE_SIZE} a page,
 * filtered by year (of first publication, in the office's time zone), theme and kind with {@code
 * ?year=2026&theme=migration&kind=press-release&page=2}. A plain GET form sets the filters, so it
 * works without JavaScript and every filtered page has its own address.
 */
final class NewsPages {

  static final String PATH = "news";
  static final int PAGE_SIZE = 20;

  /** The kinds of news, as the news type's field names them. */
  static final List<String> KINDS = List.of("news", "press-release", "story");

  private NewsPages() {}

  /**
   * What a visitor filters by: a year, a theme code and a kind, each {@code null} when not asked
   * for.
   */
  record Filters(Integer year, String theme, String kind) {

    static final Filters NONE = new Filters(null, null, null);

    boolean isEmpty() {
      return year == null && theme == null && kind == null;
    }

    /** Filters that need the whole list read and sorted here (kind is in the item's fields). */
    boolean needsScan() {
      return theme != null || kind != null;
    }

    /** The query that asks for page {@code page} with these filters, {@code ""} for none. */
    String query(int page) {
      List<String> parts = new ArrayList<>();
      if (year != null) {
        parts.add("year=" + year);
      }
      if (theme != null) {
        parts.add("theme=" + theme);
      }
      if (kind != null) {
        parts.add("kind=" + kind);
      }
      if (page > 1) {
        parts.add("page=" + page);
      }
      return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    /** The start and end of the year asked for, in the office's time zone. */
    Instant from(ZoneId zone) {
      return year == null ? null : Year.of(year).atDay(1).atStartOfDay(zone).toInstant();
    }

    Instant to(ZoneId zone) {
      return year == null ? null : Year.of(year + 1).atDay(1).atStartOfDay(zone).toInstant();
    }
  }

  /**
   * The filters in a request, when they are well formed: an empty or absent value means "any" (the
   * form sends empty selects). Anything else — a year that is not four digits, a theme that is not
   * a code, an unknown kind — gives nothing (a 404: no such list).
   */
  static Optional<Filters> parse(String year, String theme, String kind) {
    Integer y = null;
    if (year != null && !year.isEmpty()) {
      if (!year.matches("[12][0-9]{3}")) {
        return Optional.empty();
      }
      y = Integer.valueOf(year);
    }
    String t = null;
    if (theme != null && !theme.isEmpty()) {
      if (!theme.matches("[a-z0-9][a-z0-9-]{0,63}")) {
        return Optional.empty();
      }
      t = theme;
    }
    String k = null;
    if (kind != null && !kind.isEmpty()) {
      if (!KINDS.contains(kind)) {
        return Optional.empty();
      }
      k = kind;
    }
    return Optional.of(new Filters(y, t, k));
  }

  /** The kind of a news item: {@code news} when it has none. */
  static String kindOf(LiveItem news) {
    return news.fields().text("kind").orElse("news");
  }

  /** The years a visitor may pick: from the newest news item's back to the oldest's. */
  static List<Integer> years(Optional<Instant[]> range, ZoneId zone) {
    if (range.isEmpty()) {
      return List.of();
    }
    int oldest = range.get()[0].atZone(zone).getYear();
    int newest = range.get()[1].atZone(zone).getYear();
    List<Integer> years = new ArrayList<>();
    for (int y = newest; y >= oldest && years.size() < 100; y--) {
      years.add(y);
    }
    return years;
  }

  /** Page {@code page} of {@code items} read whole (for filters the database cannot apply). */
  static Optional<LivePage> page(List<LiveItem> items, int page) {
    return ListingPages.page(items, page, PAGE_SIZE);
  }

  static String html(
      SitePages.Context site,
      List<MenuEntry> menu,
      LivePage page,
      Filters filters,
      List<Integer> years,
      List<ThemeUse> themes) {
    String heading = SiteWords.of(site.language(), "news");
    StringBuilder main = new StringBuilder();
    main.append(SitePages.breadcrumbs(site, List.of(), heading));
    main.append("<h1>").append(escape(heading)).append("</h1>");
    appendForm(site, main, filters, years, themes);
    if (page.items().isEmpty()) {
      main.append("<p>")
          .append(SitePages.words(site, filters.isEmpty() ? "noNews" : "noMatchingNews"))
          .append("</p>");
    } else {
      SitePages.appendItems(site, main, page.items(), "noNews");
    }
    appendPager(site, main, page, filters);
    String title =
        page.page() > 1
            ? heading
                + " ("
                + String.format(SiteWords.of(site.language(), "pageOf"), page.page(), page.pages())
                + ")"
            : heading;
    String here = site.absolute(PATH);
    PageHead head =
        filters.isEmpty() && page.page() == 1
            ? PageHead.listing(site, PATH).withNext(page.hasNext() ? here + filters.query(2) : null)
            : filters.isEmpty()
                ? PageHead.paged(site, PATH, page.page(), page.pages())
                : new PageHead(
                    here + filters.query(page.page()),
                    "",
                    "website",
                    null,
                    true,
                    java.util.Map.of(),
                    page.hasPrevious() ? here + filters.query(page.page() - 1) : null,
                    page.hasNext() ? here + filters.query(page.page() + 1) : null);
    return SitePages.layout(site, title, head, menu, main.toString());
  }

  private static void appendForm(
      SitePages.Context site,
      StringBuilder main,
      Filters filters,
      List<Integer> years,
      List<ThemeUse> themes) {
    main.append("<form class=\"filters\" method=\"get\" action=\"")
        .append(escape(site.home() + PATH))
        .append("\" aria-label=\"")
        .append(SitePages.words(site, "filterNews"))
        .append("\">");
    main.append("<div><label for=\"filter-year\">")
        .append(SitePages.words(site, "year"))
        .append("</label><select id=\"filter-year\" name=\"year\">");
    option(main, "", SiteWords.of(site.language(), "anyYear"), filters.year() == null);
    for (Integer year : years) {
      option(main, year.toString(), year.toString(), year.equals(filters.year()));
    }
    main.append("</select></div>");
    if (!themes.isEmpty()) {
      main.append("<div><label for=\"filter-theme\">")
          .append(SitePages.words(site, "theme"))
          .append("</label><select id=\"filter-theme\" name=\"theme\">");
      option(main, "", SiteWords.of(site.language(), "anyTheme"), filters.theme() == null);
      for (ThemeUse use : themes) {
        option(
            main,
            use.theme().code(),
            use.theme().name(),
            use.theme().code().equals(filters.theme()));
      }
      main.append("</select></div>");
    }
    main.append("<div><label for=\"filter-kind\">")
        .append(SitePages.words(site, "kind"))
        .append("</label><select id=\"filter-kind\" name=\"kind\">");
    option(main, "", SiteWords.of(site.language(), "anyKind"), filters.kind() == null);
    for (String kind : KINDS) {
      option(
          main, kind, SiteWords.of(site.language(), "kind." + kind), kind.equals(filters.kind()));
    }
    main.append("</select></div><div><button type=\"submit\">")
        .append(SitePages.words(site, "applyFilters"))
        .append("</button></div></form>");
    if (!filters.isEmpty()) {
      main.append("<p class=\"more\"><a href=\"")
          .append(escape(site.home() + PATH))
          .append("\">")
          .append(SitePages.words(site, "clearFilters"))
          .append("</a></p>");
    }
  }

  private static void option(StringBuilder main, String value, String label, boolean selected) {
    main.append("<option value=\"")
        .append(escape(value))
        .append("\"")
        .append(selected ? " selected" : "")
        .append(">")
        .append(escape(label))
        .append("</option>");
  }

  private static void appendPager(
      SitePages.Context site, StringBuilder main, LivePage page, Filters filters) {
    if (page.pages() <= 1) {
      return;
    }
    String here = site.home() + PATH;
    main.append("<nav class=\"pager\" aria-label=\"")
        .append(SitePages.words(site, "pages"))
        .append("\"><ul>");
    if (page.hasPrevious()) {
      main.append("<li><a rel=\"prev\" href=\"")
          .append(escape(here + filters.query(page.page() - 1)))
          .append("\">")
          .append(SitePages.words(site, "previous"))
          .append("</a></li>");
    }
    main.append("<li aria-current=\"page\">")
        .append(
            escape(
                String.format(SiteWords.of(site.language(), "pageOf"), page.page(), page.pages())))
        .append("</li>");
    if (page.hasNext()) {
      main.append("<li><a rel=\"next\" href=\"")
          .append(escape(here + filters.query(page.page() + 1)))
          .append("\">")
          .append(SitePages.words(site, "next"))
          .append("</a></li>");
    }
    main.append("</ul></nav>");
  }
}
