package org.meridian.site;

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
import org.meridian.site.view.ListView;
import org.meridian.site.view.Pager;
import org.meridian.site.view.Templates;
import org.meridian.site.view.Words;

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
    Words w = site.words();
    String heading = w.get("news");
    String title =
        page.page() > 1
            ? heading + " (" + w.format("pageOf", page.page(), page.pages()) + ")"
            : heading;
    String here = site.absolute(PATH);
    PageHead head =
        filters.isEmpty() && page.page() == 1
            ? PageHead.listing(site, PATH, heading)
                .withNext(page.hasNext() ? here + filters.query(2) : null)
            : filters.isEmpty()
                ? PageHead.paged(site, PATH, page.page(), page.pages(), heading)
                : new PageHead(
                    here + filters.query(page.page()),
                    PageHead.listDescription(site, heading),
                    "website",
                    null,
                    true,
                    java.util.Map.of(),
                    page.hasPrevious() ? here + filters.query(page.page() - 1) : null,
                    page.hasNext() ? here + filters.query(page.page() + 1) : null);
    String local = site.home() + PATH;
    return Templates.render(
        "list.jte",
        new ListView(
            SitePages.chrome(site, title, head, menu, java.util.Map.of()),
            SitePages.crumbs(site, List.of(), heading),
            heading,
            "news",
            null,
            filter(site, filters, years, themes),
            page.items().stream().map(i -> SitePages.card(site, i, null, false)).toList(),
            w.get(filters.isEmpty() ? "noNews" : "noMatchingNews"),
            page.pages() <= 1
                ? null
                : new Pager(
                    page.hasPrevious() ? local + filters.query(page.page() - 1) : null,
                    page.hasNext() ? local + filters.query(page.page() + 1) : null,
                    w.format("pageOf", page.page(), page.pages()))));
  }

  private static ListView.NewsFilter filter(
      SitePages.Context site, Filters filters, List<Integer> years, List<ThemeUse> themes) {
    Words w = site.words();
    List<ListView.Select> selects = new ArrayList<>();
    List<ListView.Option> yearOptions = new ArrayList<>();
    yearOptions.add(new ListView.Option("", w.get("anyYear"), filters.year() == null));
    years.forEach(
        y ->
            yearOptions.add(
                new ListView.Option(y.toString(), y.toString(), y.equals(filters.year()))));
    selects.add(new ListView.Select("filter-year", "year", w.get("year"), yearOptions));
    if (!themes.isEmpty()) {
      List<ListView.Option> themeOptions = new ArrayList<>();
      themeOptions.add(new ListView.Option("", w.get("anyTheme"), filters.theme() == null));
      themes.forEach(
          use ->
              themeOptions.add(
                  new ListView.Option(
                      use.theme().code(),
                      use.theme().name(),
                      use.theme().code().equals(filters.theme()))));
      selects.add(new ListView.Select("filter-theme", "theme", w.get("theme"), themeOptions));
    }
    List<ListView.Option> kindOptions = new ArrayList<>();
    kindOptions.add(new ListView.Option("", w.get("anyKind"), filters.kind() == null));
    KINDS.forEach(
        kind ->
            kindOptions.add(
                new ListView.Option(kind, w.get("kind." + kind), kind.equals(filters.kind()))));
    selects.add(new ListView.Select("filter-kind", "kind", w.get("kind"), kindOptions));
    return new ListView.NewsFilter(
        site.home() + PATH, selects, filters.isEmpty() ? null : site.home() + PATH);
  }
}
