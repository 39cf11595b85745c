package org.meridian.site;

import static org.meridian.site.Html.escape;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.meridian.content.LiveItem;
import org.meridian.content.menu.MenuEntry;
import org.meridian.content.search.LiveHit;
import org.meridian.content.search.LiveResults;
import org.meridian.content.search.SearchQuery;

/**
 * The public search page, {@code /{lang}/search?q=…&page=N}: a form, then the live items that
 * match, best first, {@value #PAGE_SIZE} a page, each with its title linked, type, date and a
 * snippet whose matching words are marked. What the visitor typed only ever appears escaped; the
 * snippets are escaped HTML with {@code <mark>} elements only (see content.search).
 */
final class SearchPages {

  static final String PATH = "search";
  static final int PAGE_SIZE = 10;

  private SearchPages() {}

  /** The page for {@code query} ({@code results} is empty when nothing was asked). */
  static String results(
      SitePages.Context site, List<MenuEntry> menu, SearchQuery query, LiveResults results) {
    StringBuilder main = new StringBuilder();
    main.append("<h1>").append(SitePages.words(site, "search")).append("</h1>");
    appendForm(site, main, query.text());
    if (query.isEmpty()) {
      main.append("<p>").append(SitePages.words(site, "searchPrompt")).append("</p>");
    } else if (results.total() == 0) {
      main.append("<p class=\"search-count\" role=\"status\">")
          .append(escape(format(site, "searchNoResults", query.text())))
          .append("</p>");
    } else {
      main.append("<p class=\"search-count\" role=\"status\">")
          .append(
              escape(
                  results.total() == 1
                      ? format(site, "searchOneResult", query.text())
                      : format(site, "searchResults", results.total(), query.text())))
          .append("</p>");
      if (results.hits().isEmpty()) {
        main.append("<p>")
            .append(SitePages.words(site, "searchNoMore"))
            .append(" <a href=\"")
            .append(escape(address(site, query, 1)))
            .append("\">")
            .append(SitePages.words(site, "searchFirstPage"))
            .append("</a></p>");
      } else {
        appendHits(site, main, results);
        appendPager(site, main, query, results);
      }
    }
    String title =
        query.isEmpty()
            ? SiteWords.of(site.language(), "search")
            : SiteWords.of(site.language(), "search") + ": " + query.text();
    return SitePages.layout(site, title, PageHead.notIndexed(), menu, main.toString());
  }

  /** The page of a request that cannot be searched (too long, not a page number): sent as 400. */
  static String refused(SitePages.Context site, List<MenuEntry> menu, String message) {
    StringBuilder main = new StringBuilder();
    main.append("<h1>").append(SitePages.words(site, "search")).append("</h1>");
    main.append("<p class=\"error\" role=\"alert\">").append(escape(message)).append("</p>");
    appendForm(site, main, "");
    return SitePages.layout(
        site,
        SiteWords.of(site.language(), "search"),
        PageHead.notIndexed(),
        menu,
        main.toString());
  }

  static String tooLong(SitePages.Context site) {
    return format(site, "searchTooLong", SearchQuery.MAX_LENGTH);
  }

  private static void appendForm(SitePages.Context site, StringBuilder main, String value) {
    main.append("<form class=\"search\" method=\"get\" action=\"")
        .append(escape(site.home() + PATH))
        .append("\"><label for=\"search-q\">")
        .append(SitePages.words(site, "searchWords"))
        .append("</label> <input type=\"search\" id=\"search-q\" name=\"q\" maxlength=\"")
        .append(SearchQuery.MAX_LENGTH)
        .append("\" value=\"")
        .append(escape(value))
        .append("\"> <button type=\"submit\">")
        .append(SitePages.words(site, "search"))
        .append("</button></form>");
  }

  private static void appendHits(SitePages.Context site, StringBuilder main, LiveResults results) {
    main.append("<ol class=\"search-results\" start=\"")
        .append((results.page() - 1) * results.pageSize() + 1)
        .append("\">");
    for (LiveHit hit : results.hits()) {
      LiveItem item = hit.item();
      main.append("<li><a href=\"")
          .append(escape(site.link(item)))
          .append("\">")
          .append(escape(item.title()))
          .append("</a> <span class=\"kind\">")
          .append(SitePages.words(site, "type." + item.type().name()))
          .append("</span> ")
          .append(date(site, item));
      if (!hit.snippetHtml().isEmpty()) {
        // Escaped text with <mark> elements only (content.search.internal.Snippets).
        main.append("<p class=\"snippet\">").append(hit.snippetHtml()).append("</p>");
      }
      main.append("</li>");
    }
    main.append("</ol>");
  }

  private static void appendPager(
      SitePages.Context site, StringBuilder main, SearchQuery query, LiveResults results) {
    if (results.pages() <= 1) {
      return;
    }
    main.append("<nav class=\"pager\" aria-label=\"")
        .append(SitePages.words(site, "pages"))
        .append("\"><ul>");
    if (results.hasPrevious()) {
      main.append("<li><a rel=\"prev\" href=\"")
          .append(escape(address(site, query, results.page() - 1)))
          .append("\">")
          .append(SitePages.words(site, "previous"))
          .append("</a></li>");
    }
    main.append("<li aria-current=\"page\">")
        .append(escape(format(site, "pageOf", results.page(), results.pages())))
        .append("</li>");
    if (results.hasNext()) {
      main.append("<li><a rel=\"next\" href=\"")
          .append(escape(address(site, query, results.page() + 1)))
          .append("\">")
          .append(SitePages.words(site, "next"))
          .append("</a></li>");
    }
    main.append("</ul></nav>");
  }

  private static String address(SitePages.Context site, SearchQuery query, int page) {
    return site.home()
        + PATH
        + "?q="
        + java.net.URLEncoder.encode(query.text(), java.nio.charset.StandardCharsets.UTF_8)
        + (page > 1 ? "&page=" + page : "");
  }

  private static String format(SitePages.Context site, String key, Object... values) {
    return String.format(SiteWords.of(site.language(), key), values);
  }

  private static String date(SitePages.Context site, LiveItem item) {
    if (item.firstPublishedAt() == null) {
      return "";
    }
    var when = item.firstPublishedAt().atZone(site.office().timeZone());
    return "<time datetime=\""
        + when.toLocalDate()
        + "\">"
        + escape(
            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(site.language().locale())
                .format(when))
        + "</time>";
  }
}
