package org.meridian.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.meridian.content.LiveItem;
import org.meridian.content.menu.MenuEntry;
import org.meridian.content.search.LiveHit;
import org.meridian.content.search.LiveResults;
import org.meridian.content.search.SearchQuery;
import org.meridian.site.view.Chrome;
import org.meridian.site.view.Pager;
import org.meridian.site.view.SearchView;
import org.meridian.site.view.Templates;
import org.meridian.site.view.Words;

/**
 * The public search page, {@code /{lang}/search?q=…&page=N}: a form, then the live items that
 * match, best first, {@value #PAGE_SIZE} a page, each with its title linked, type, date and a
 * snippet whose matching words are marked. What the visitor typed only ever appears escaped; the
 * snippets come as escaped text with {@code <mark>} elements (see content.search) and are read back
 * into text and marks here, so the template escapes them like any other text.
 */
final class SearchPages {

  static final String PATH = "search";
  static final int PAGE_SIZE = 10;

  private SearchPages() {}

  /** The page for {@code query} ({@code results} is empty when nothing was asked). */
  static String results(
      SitePages.Context site, List<MenuEntry> menu, SearchQuery query, LiveResults results) {
    Words w = site.words();
    String title = query.isEmpty() ? w.get("search") : w.get("search") + ": " + query.text();
    Chrome chrome = SitePages.chrome(site, title, PageHead.notIndexed(site), menu, Map.of());
    String status;
    boolean counted = !query.isEmpty();
    if (query.isEmpty()) {
      status = w.get("searchPrompt");
    } else if (results.total() == 0) {
      status = w.format("searchNoResults", query.text());
    } else {
      status =
          results.total() == 1
              ? w.format("searchOneResult", query.text())
              : w.format("searchResults", results.total(), query.text());
    }
    boolean noMore = !query.isEmpty() && results.total() > 0 && results.hits().isEmpty();
    List<SearchView.Hit> hits =
        query.isEmpty() ? List.of() : results.hits().stream().map(h -> hit(site, h)).toList();
    return Templates.render(
        "search.jte",
        new SearchView(
            chrome,
            site.home() + PATH,
            query.text(),
            null,
            status,
            counted,
            hits,
            query.isEmpty() ? 1 : (results.page() - 1) * results.pageSize() + 1,
            noMore ? new Chrome.Link(w.get("searchFirstPage"), address(site, query, 1)) : null,
            hits.isEmpty() || results.pages() <= 1
                ? null
                : new Pager(
                    results.hasPrevious() ? address(site, query, results.page() - 1) : null,
                    results.hasNext() ? address(site, query, results.page() + 1) : null,
                    w.format("pageOf", results.page(), results.pages()))));
  }

  /** The page of a request that cannot be searched (too long, not a page number): sent as 400. */
  static String refused(SitePages.Context site, List<MenuEntry> menu, String message) {
    Words w = site.words();
    return Templates.render(
        "search.jte",
        new SearchView(
            SitePages.chrome(site, w.get("search"), PageHead.notIndexed(site), menu, Map.of()),
            site.home() + PATH,
            "",
            message,
            null,
            false,
            List.of(),
            1,
            null,
            null));
  }

  static String tooLong(SitePages.Context site) {
    return site.words().format("searchTooLong", SearchQuery.MAX_LENGTH);
  }

  private static SearchView.Hit hit(SitePages.Context site, LiveHit hit) {
    LiveItem item = hit.item();
    return new SearchView.Hit(
        new org.meridian.site.view.Card(
            site.link(item),
            item.title(),
            site.words().get("type." + item.type().name()),
            SitePages.date(site, item),
            null,
            null,
            null,
            List.of()),
        segments(hit.snippetHtml()));
  }

  /**
   * A snippet's escaped text with {@code <mark>} elements, as text and marked stretches (anything
   * else in it stays text, and is escaped again by the template).
   */
  static List<SearchView.Segment> segments(String snippetHtml) {
    List<SearchView.Segment> parts = new ArrayList<>();
    if (snippetHtml == null || snippetHtml.isEmpty()) {
      return parts;
    }
    int at = 0;
    while (at < snippetHtml.length()) {
      int open = snippetHtml.indexOf("<mark>", at);
      int close = open < 0 ? -1 : snippetHtml.indexOf("</mark>", open + 6);
      if (open < 0 || close < 0) {
        parts.add(new SearchView.Segment(unescape(snippetHtml.substring(at)), false));
        break;
      }
      if (open > at) {
        parts.add(new SearchView.Segment(unescape(snippetHtml.substring(at, open)), false));
      }
      parts.add(new SearchView.Segment(unescape(snippetHtml.substring(open + 6, close)), true));
      at = close + 7;
    }
    return parts;
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&");
  }

  private static String address(SitePages.Context site, SearchQuery query, int page) {
    return site.home()
        + PATH
        + "?q="
        + URLEncoder.encode(query.text(), StandardCharsets.UTF_8)
        + (page > 1 ? "&page=" + page : "");
  }
}
