package org.meridian.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An address is read once into its route, which names its page-cache key. */
class SiteRouteTest {

  private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
  private static final Duration REFRESH = Duration.ofMinutes(5);
  private static final long PERIOD = NOW.getEpochSecond() / REFRESH.toSeconds();

  private static Map<String, String> query(String text) {
    java.util.HashMap<String, String> values = new java.util.HashMap<>();
    if (text != null) {
      for (String pair : text.split("&")) {
        String[] kv = pair.split("=", 2);
        values.put(kv[0], kv.length > 1 ? kv[1] : "");
      }
    }
    return values;
  }

  @ParameterizedTest(name = "{0}?{1} -> {2} {3}")
  @CsvSource(
      nullValues = "-",
      value = {
        "/robots.txt,           -,                      Robots,       /robots.txt",
        "/logo,                 -,                      Logo,         /logo",
        "/sitemap.xml,          -,                      Sitemap,      /sitemap.xml",
        "/,                     -,                      NoLanguage,   /",
        "'',                    -,                      NoLanguage,   ''",
        "/en,                   -,                      LanguageRoot, /en",
        "/en/,                  -,                      Home,         /en/#P",
        "/en/news,              -,                      News,         /en/news",
        "/en/news,              page=2&year=2025,       News,         /en/news?year=2025&page=2",
        "/en/news,              year=25,                News,         /en/news?invalid",
        "/en/news,              page=0,                 News,         /en/news?invalid",
        "/en/news,              kind=rumour,            News,         /en/news?invalid",
        "/en/events,            -,                      Events,       /en/events#P",
        "/en/events/past,       page=3,                 Events,       /en/events/past?page=3#P",
        "/en/events/later,      -,                      Item,         /en/events/later",
        "/en/publications,      page=x,                 Publications, /en/publications?page=invalid",
        "/en/publications,      page=1,                 Publications, /en/publications",
        "/en/themes,            -,                      Themes,       /en/themes",
        "/en/themes/migration,  page=2,                 Theme,        /en/themes/migration?page=2",
        "/en/tags/boats,        -,                      Tag,          /en/tags/boats",
        "/en/search,            q=boats,                Search,       /en/search",
        "/en/preview/12,        revision=3,             Preview,      /en/preview/12",
        "/en/feed.rss,          -,                      Feed,         /en/feed.rss",
        "/en/feed.atom,         -,                      Feed,         /en/feed.atom",
        "/en/feed.xml,          -,                      Item,         /en/feed.xml",
        "/en/about-us,          page=2,                 Item,         /en/about-us",
        "/en/about-us/history,  -,                      Item,         /en/about-us/history",
        "/xx/about-us,          -,                      Item,         /xx/about-us",
      })
  void anAddressIsReadOnceIntoItsRouteAndCacheKey(
      String path, String queryText, String kind, String key) {
    SiteRoute route = SiteRoute.parse(path, query(queryText)::get);

    assertThat(route.getClass().getSimpleName()).isEqualTo(kind);
    assertThat(route.cacheKey(path, NOW, REFRESH)).isEqualTo(key.replace("#P", "#" + PERIOD));
  }

  @ParameterizedTest
  @CsvSource({"/en/themes/migration/more", "/en/news/2026", "/en/search/x"})
  void aListsAddressWithMoreBelowItIsNoItem(String path) {
    assertThat(SiteRoute.parse(path, name -> null))
        .isEqualTo(new SiteRoute.Item("en", java.util.List.of()));
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {"-, 1", "1, 1", "12, 12", "0, -1", "'', -1", "x, -1", "1234567, -1", "-3, -1"})
  void aPageNumberIsOneWhenAbsentAndMinusOneWhenNotANumber(String text, int page) {
    assertThat(SiteRoute.pageNumber(text)).isEqualTo(page);
  }
}
