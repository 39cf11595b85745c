package org.meridian.site;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.meridian.content.ContentService;
import org.meridian.content.preview.PreviewLinks;

/**
 * What an address below an office's root asks for, read once from the path and query: each kind of
 * page is one record, with what it needs (the language, a list's page number and filters, an item's
 * slugs), and names its page-cache key. {@link SiteServlet} serves it, {@link OfficePages} renders
 * it. A page number that is not one ({@code ?page=0}, {@code ?page=x}) is kept as {@code -1}: the
 * list answers 404, and such requests share one cache entry.
 */
sealed interface SiteRoute {

  /** {@code /robots.txt} of the office. */
  record Robots() implements SiteRoute {}

  /** {@code /logo}: the office's logo file. */
  record Logo() implements SiteRoute {}

  /** {@code /sitemap.xml}: every language's pages of the office. */
  record Sitemap() implements SiteRoute {}

  /** The office's root, with no language: redirected to its default language. */
  record NoLanguage() implements SiteRoute {}

  /** Everything below a language: {@code language} is the first segment as typed. */
  sealed interface InLanguage extends SiteRoute {
    String language();
  }

  /** {@code /en} without its slash: redirected to {@code /en/}. */
  record LanguageRoot(String language) implements InLanguage {}

  record Home(String language) implements InLanguage {}

  /** {@code /en/news}: {@code filters} empty when they are malformed. */
  record News(String language, int page, Optional<NewsPages.Filters> filters)
      implements InLanguage {}

  /** {@code /en/events} or {@code /en/events/past}. */
  record Events(String language, boolean past, int page) implements InLanguage {}

  record Publications(String language, int page) implements InLanguage {}

  record Themes(String language) implements InLanguage {}

  record Theme(String language, String slug, int page) implements InLanguage {}

  record Tag(String language, String slug, int page) implements InLanguage {}

  /** {@code /en/search}: not cached (see {@link SiteServlet}). */
  record Search(String language) implements InLanguage {}

  /** {@code /en/preview/{item}}: a signed preview, never cached. */
  record Preview(String language, String itemPart) implements InLanguage {}

  /** {@code /en/feed.rss} or {@code /en/feed.atom}. */
  record Feed(String language, boolean atom) implements InLanguage {}

  /** Any other address: an item's, by its slugs (possibly nested), or nothing (404). */
  record Item(String language, List<String> slugs) implements InLanguage {
    public Item {
      slugs = List.copyOf(slugs);
    }
  }

  /**
   * The route of {@code path} (what follows the office's prefix, starting with {@code /}) with the
   * request's query {@code parameter}s.
   */
  static SiteRoute parse(String path, Function<String, String> parameter) {
    String[] parts = path.split("/", -1);
    // parts[0] is "" (the path starts with "/"); parts[1] the language; then the page's segments.
    if (parts.length == 2 && parts[1].equals("robots.txt")) {
      return new Robots();
    }
    if (parts.length == 2 && parts[1].equals("logo")) {
      return new Logo();
    }
    if (parts.length == 2 && parts[1].equals("sitemap.xml")) {
      return new Sitemap();
    }
    if (parts.length < 2 || parts[1].isEmpty()) {
      return new NoLanguage();
    }
    String language = parts[1];
    if (parts.length == 2) {
      return new LanguageRoot(language);
    }
    String first = parts[2];
    if (parts.length == 3) {
      switch (first) {
        case "" -> {
          return new Home(language);
        }
        case NewsPages.PATH -> {
          return new News(
              language,
              pageNumber(parameter.apply("page")),
              NewsPages.parse(
                  parameter.apply("year"), parameter.apply("theme"), parameter.apply("kind")));
        }
        case ListingPages.EVENTS -> {
          return new Events(language, false, pageNumber(parameter.apply("page")));
        }
        case ListingPages.PUBLICATIONS -> {
          return new Publications(language, pageNumber(parameter.apply("page")));
        }
        case TaxonomyPages.THEMES -> {
          return new Themes(language);
        }
        case SearchPages.PATH -> {
          return new Search(language);
        }
        case "feed.rss" -> {
          return new Feed(language, false);
        }
        case "feed.atom" -> {
          return new Feed(language, true);
        }
        default -> {}
      }
    }
    if (parts.length == 4) {
      if (first.equals(ListingPages.EVENTS) && parts[3].equals(ListingPages.PAST)) {
        return new Events(language, true, pageNumber(parameter.apply("page")));
      }
      if (first.equals(TaxonomyPages.THEMES)) {
        return new Theme(language, parts[3], pageNumber(parameter.apply("page")));
      }
      if (first.equals(TaxonomyPages.TAGS)) {
        return new Tag(language, parts[3], pageNumber(parameter.apply("page")));
      }
      if (first.equals(PreviewLinks.PATH)) {
        return new Preview(language, parts[3]);
      }
    }
    if (ContentService.RESERVED_SLUGS.contains(first)) {
      // A list's address with something more: no item can be there.
      return new Item(language, List.of());
    }
    return new Item(language, Arrays.asList(parts).subList(2, parts.length));
  }

  /**
   * The path and query that name this page in the page cache (with the office's prefix beside it):
   * a list's page and filters are part of it; pages that show upcoming events depend on the time,
   * so their key carries the period of {@code eventsRefresh} that {@code now} is in.
   */
  default String cacheKey(String path, Instant now, Duration eventsRefresh) {
    String period = "#" + ListingPages.period(now, eventsRefresh);
    return switch (this) {
      case News news ->
          path
              + (news.filters().isPresent() && news.page() >= 1
                  ? news.filters().get().query(news.page())
                  : "?invalid");
      case Events events -> path + pageQuery(events.page()) + period;
      case Publications list -> path + pageQuery(list.page());
      case Theme theme -> path + pageQuery(theme.page());
      case Tag tag -> path + pageQuery(tag.page());
      case Home home -> path + period;
      default -> path;
    };
  }

  private static String pageQuery(int page) {
    return page == 1 ? "" : "?page=" + (page < 1 ? "invalid" : page);
  }

  /** The page a visitor asks for: 1 without {@code ?page}, -1 for anything not a page number. */
  static int pageNumber(String text) {
    if (text == null) {
      return 1;
    }
    if (text.isEmpty() || text.length() > 6 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return -1;
    }
    int page = Integer.parseInt(text);
    return page < 1 ? -1 : page;
  }
}
