package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The public office sites, as a visitor sees them, against the demo network. */
@ExtendWith(MeridianServer.class)
class PublicSiteIT {

  private Browser visitor;

  @BeforeEach
  void newVisitor() {
    visitor = new Browser(MeridianServer.server());
  }

  private Document page(String path, int expectedStatus) {
    HttpResponse<String> response = visitor.get(path);
    assertThat(response.statusCode()).as("status of %s", path).isEqualTo(expectedStatus);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    return Jsoup.parse(response.body());
  }

  @Test
  void anItemShowsItsHeroPictureFromTheLibraryInEveryWidth() {
    Document release = page("/gambia/en/mobile-clinics-river", 200);
    var img = release.selectFirst("figure.hero img");
    assertThat(img).as("the demo press release's hero").isNotNull();
    assertThat(img.attr("alt")).isNotBlank();
    assertThat(img.attr("srcset")).contains("/media/gambia/").contains(" 320w").contains(" 640w");
    assertThat(img.attr("width")).isEqualTo("1200");
    HttpResponse<String> picture = visitor.get(img.attr("src"));
    assertThat(picture.statusCode()).isEqualTo(200);
    assertThat(picture.headers().firstValue("Content-Type")).hasValue("image/jpeg");
  }

  @Test
  void gambiaHomeIsAnEnglishSiteWithItsOwnNewsAndSections() {
    Document home = page("/gambia/en/", 200);
    assertThat(home.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(home.selectFirst("html").attr("dir")).isEqualTo("ltr");
    assertThat(home.selectFirst("h1").text()).isEqualTo("Meridian in The Gambia");
    // The latest news are the office's newest (other tests publish news too): the news list's top.
    List<String> latest = home.select("ul.news a").eachText();
    assertThat(latest).isNotEmpty();
    assertThat(page("/gambia/en/news", 200).select("main ul.news a").eachText())
        .containsSubsequence(latest);
    assertThat(home.select("nav a").eachAttr("href")).contains("/gambia/en/about-us");
    assertThat(home.select("nav a").eachText())
        .doesNotContain("Coastal resilience study: first findings");
  }

  @Test
  void theMainMenuFollowsTheBlueprintAndShowsOnlyWhatIsLive() {
    Document home = page("/gambia/en/", 200);
    var nav = home.selectFirst("header nav");
    assertThat(nav.select("> ul > li > span, > ul > li > a").eachText())
        .containsExactly("Who we are", "Our work", "News");
    assertThat(nav.select("a").eachAttr("href"))
        .contains("/gambia/en/about-us", "/hq/en/", "/gambia/en/take-action", "/gambia/en/news")
        // Blueprint pages that nobody has published yet stay out of the menu.
        .doesNotContain("/gambia/en/data-and-resources", "/gambia/en/contact");
    page("/gambia/en/data-and-resources", 404);
  }

  @Test
  void theNewsPageListsTheOfficesNewsOnly() {
    Document news = page("/gambia/en/news", 200);
    assertThat(news.selectFirst("h1").text()).isEqualTo("News");
    assertThat(news.select("main ul.news a").eachText())
        .contains("New youth skills centre opens in Brikama")
        .doesNotContain("About us");
    assertThat(page("/senegal/fr/news", 200).select("main ul.news a").eachText())
        .contains("Un forum de la jeunesse réunit 500 participants à Thiès")
        .doesNotContain("New youth skills centre opens in Brikama");
  }

  @Test
  void aPublishedPageIsServedAsHtmlAtItsSlug() {
    Document about = page("/gambia/en/about-us", 200);
    assertThat(about.title()).isEqualTo("About us | Meridian in The Gambia");
    assertThat(about.selectFirst("article h1").text()).isEqualTo("About us");
    assertThat(about.select("article p").text()).contains("From our office in Banjul");
  }

  @Test
  void senegalIsAnotherSiteInFrench() {
    Document home = page("/senegal/fr/", 200);
    assertThat(home.selectFirst("html").attr("lang")).isEqualTo("fr");
    assertThat(home.selectFirst("h1").text()).isEqualTo("Meridian au Sénégal");
    assertThat(home.text()).contains("Dernières actualités").doesNotContain("Brikama");
    assertThat(home.select("nav a").eachAttr("href"))
        .contains("/senegal/fr/a-propos")
        .noneMatch(href -> href.startsWith("/gambia"));
  }

  @Test
  void oneOfficeCannotServeAnotherOfficesContent() {
    page("/senegal/en/youth-skills-centre-opens", 404);
    page("/gambia/en/youth-skills-centre-opens", 200);
    page("/gambia/fr/a-propos", 404);
  }

  @Test
  void draftsAreNotPublic() {
    page("/gambia/en/coastal-resilience-study", 404);
  }

  @Test
  void anUnknownOfficeIsAProper404Page() {
    HttpResponse<String> response = visitor.get("/nowhere/en/");
    assertThat(response.statusCode()).isEqualTo(404);
    Document doc = Jsoup.parse(response.body());
    assertThat(doc.selectFirst("h1").text()).isEqualTo("Page not found");
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
  }

  @Test
  void anUnknownPageOfAnOfficeIsA404InTheOfficesLookAndLanguage() {
    Document doc = page("/senegal/fr/nulle-part", 404);
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("fr");
    assertThat(doc.selectFirst("h1").text()).isEqualTo("Page introuvable");
    assertThat(doc.selectFirst("header a.office").text()).isEqualTo("Meridian au Sénégal");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/gambia/en/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "/gambia/en/about-us/extra",
        "/gambia/en/..%2F..%2Fetc%2Fpasswd",
        "/gambia/zz-not-a-language/",
        "/GAMBIA/en/",
        "/gambia/en/Über"
      })
  void malformedAddressesAre404sThatEchoNothing(String path) {
    HttpResponse<String> response = visitor.get(path);
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).doesNotContain("<script>alert").doesNotContain("Exception");
  }

  @Test
  void anOfficeRootRedirectsToItsDefaultLanguage() {
    HttpResponse<String> response = visitor.get("/senegal/");
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/senegal/fr/"));
  }

  @Test
  void anOfficeIsFoundByItsHostName() {
    HttpResponse<String> response =
        visitor.get(
            "/en/about-us", Map.of("Host", "gambia.localhost:" + MeridianServer.server().port()));
    assertThat(response.statusCode()).isEqualTo(200);
    Document doc = Jsoup.parse(response.body());
    assertThat(doc.selectFirst("article h1").text()).isEqualTo("About us");
    // Host-routed pages link without the /gambia prefix.
    assertThat(doc.selectFirst("header a.office").attr("href")).isEqualTo("/en/");

    // A browser opens a new connection for another host; so does this test.
    HttpResponse<String> configured =
        new Browser(MeridianServer.server())
            .get("/en/", Map.of("Host", "gambia.meridian.example.org"));
    assertThat(configured.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(configured.body()).selectFirst("h1").text())
        .isEqualTo("Meridian in The Gambia");
  }

  /**
   * On its own host name an office's absolute addresses are that host's, and every link of its
   * menus and of an article's body answers there; under the network's prefix they stay as they
   * were, even right after the same pages were served on the own host (the page cache keeps the
   * two apart).
   */
  @Test
  void onItsOwnHostAnOfficesAddressesAreItsOwnAndEveryLinkAnswers() {
    int port = MeridianServer.server().port();
    String own = "http://gambia.localhost:" + port;
    String network = "http://localhost:" + port;
    Map<String, String> host = Map.of("Host", "gambia.localhost:" + port);
    // One client per request, as above: a pooled connection does not keep the Host header.
    java.util.function.Function<String, HttpResponse<String>> there =
        path -> new Browser(MeridianServer.server()).get(path, host);

    Document home = Jsoup.parse(there.apply("/en/").body());
    assertThat(home.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(own + "/en/");
    assertThat(home.selectFirst("meta[property=og:url]").attr("content")).isEqualTo(own + "/en/");
    assertThat(home.select("link[rel=alternate][hreflang]"))
        .isNotEmpty()
        .allSatisfy(link -> assertThat(link.attr("href")).startsWith(own + "/"));

    Document article = Jsoup.parse(there.apply("/en/take-action").body());
    assertThat(article.selectFirst("link[rel=canonical]").attr("href"))
        .isEqualTo(own + "/en/take-action");
    // Its body links to /gambia/en/our-work, written without the prefix on the own host.
    List<String> bodyLinks = article.select("article a[href^=/]").eachAttr("href");
    assertThat(bodyLinks).contains("/en/our-work").noneMatch(href -> href.startsWith("/gambia/"));

    String sitemap = there.apply("/sitemap.xml").body();
    List<String> locs = Jsoup.parse(sitemap, "", org.jsoup.parser.Parser.xmlParser())
        .select("loc").eachText();
    assertThat(locs).contains(own + "/en/", own + "/en/take-action")
        .allSatisfy(loc -> assertThat(loc).startsWith(own + "/"));
    assertThat(there.apply("/robots.txt").body()).contains("Sitemap: " + own + "/sitemap.xml");
    String feed = there.apply("/en/feed.rss").body();
    assertThat(feed).contains("<link>" + own + "/en/</link>").doesNotContain(network + "/gambia/");

    // The demo's body also links to a page that does not exist (the health page's broken link):
    // each body link answers on the own host as it does under the prefix.
    for (String href : bodyLinks) {
      assertThat(there.apply(href).statusCode())
          .as("%s on the own host", href)
          .isEqualTo(visitor.get("/gambia" + href).statusCode());
    }
    assertThat(there.apply("/en/our-work").statusCode()).isEqualTo(200);

    List<String> links =
        home.select("header a[href], nav a[href], footer a[href]").eachAttr("href");
    assertThat(links).contains(network + "/hq/en/");
    assertThat(links).noneMatch(href -> href.startsWith("/gambia/"));
    for (String href : links.stream().distinct().toList()) {
      if (href.startsWith("/") && !href.startsWith("//")) {
        assertThat(there.apply(href).statusCode()).as("%s on the own host", href).isEqualTo(200);
      } else if (href.startsWith(network + "/")) {
        assertThat(visitor.get(href.substring(network.length())).statusCode())
            .as(href)
            .isEqualTo(200);
      }
    }

    // The same pages under the network's prefix: as before, not the own host's cached ones.
    Document prefixed = page("/gambia/en/", 200);
    assertThat(prefixed.selectFirst("link[rel=canonical]").attr("href"))
        .isEqualTo(network + "/gambia/en/");
    // Under the prefix its own pages keep it, and HQ (no host name of its own) its path.
    assertThat(prefixed.select("nav a[href^=/]").eachAttr("href"))
        .contains("/hq/en/", "/gambia/en/take-action")
        .allSatisfy(href -> assertThat(href).matches("/(gambia|hq)/.*"));
    assertThat(visitor.get("/gambia/robots.txt").body())
        .contains("Sitemap: " + network + "/sitemap.xml");
    assertThat(visitor.get("/gambia/sitemap.xml").body())
        .contains("<loc>" + network + "/gambia/en/</loc>")
        .doesNotContain(own);
  }

  @Test
  void pagesCarryAnEntityTagAndAnswerConditionalRequestsWith304() {
    HttpResponse<String> first = visitor.get("/gambia/en/about-us");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(first.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(value -> assertThat(value).contains("max-age"));
    HttpResponse<String> again = visitor.get("/gambia/en/about-us", Map.of("If-None-Match", etag));
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
  }

  /**
   * A page without its hero image weighs under 50 KB transferred (issue 6): its HTML, style sheets
   * and the office's logo. Checked uncompressed, so it holds with or without the front's gzip.
   */
  @Test
  void theThemesFilesAreFingerprintedAndKeptForAYear() {
    Document home = Jsoup.parse(visitor.get("/gambia/en/").body());
    String css = home.select("link[rel=stylesheet]").attr("href");
    String icon = home.select("link[rel=icon]").attr("href");
    assertThat(css).matches("/_assets/site\\.[0-9a-f]{16}\\.css");
    assertThat(icon).matches("/_assets/favicon\\.[0-9a-f]{16}\\.svg");
    for (String file : List.of(css, icon)) {
      HttpResponse<String> fetched = visitor.get(file);
      assertThat(fetched.statusCode()).as(file).isEqualTo(200);
      assertThat(fetched.headers().firstValue("Cache-Control"))
          .as(file)
          .hasValue("public, max-age=31536000, immutable");
    }
    assertThat(visitor.get(css).headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/css");
    // Another fingerprint is not this file: an old address finds nothing rather than new content.
    assertThat(visitor.get("/_assets/site.0000000000000000.css").statusCode()).isEqualTo(404);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/gambia/en/",
        "/gambia/en/news",
        "/gambia/en/about-us",
        "/gambia/en/mobile-clinics-river",
        "/gambia/en/events",
        "/gambia/en/publications",
        "/senegal/fr/",
        "/gambia/en/search?q=clinic"
      })
  void aPageWithoutItsHeroWeighsUnderFiftyKilobytes(String path) {
    HttpResponse<String> response = visitor.get(path);
    assertThat(response.statusCode()).as("status of %s", path).isEqualTo(200);
    Document document = Jsoup.parse(response.body());
    long bytes = response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    List<String> parts = new java.util.ArrayList<>();
    parts.addAll(document.select("link[rel=stylesheet]").eachAttr("href"));
    parts.addAll(document.select("header img").eachAttr("src"));
    for (String part : parts) {
      HttpResponse<String> fetched = visitor.get(part);
      assertThat(fetched.statusCode()).as("status of %s", part).isEqualTo(200);
      bytes += fetched.headers().firstValueAsLong("Content-Length").orElseThrow();
    }
    assertThat(bytes).as("bytes of %s with %s", path, parts).isLessThan(50 * 1024);
  }

  /**
   * Visitors get no session and no cookie, on pages, errors and searches alike: a page is the same
   * for everyone, so the front (docker/front) and a CDN may keep it — nginx keeps no response that
   * sets a cookie.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "/gambia/en/",
        "/gambia/en/news",
        "/gambia/en/about-us",
        "/gambia/en/nowhere-at-all",
        "/gambia/en/search?q=clinic",
        "/gambia/en/feed.rss",
        "/"
      })
  void visitorsGetNoCookie(String path) {
    HttpResponse<String> response = visitor.get(path);
    assertThat(response.headers().allValues("Set-Cookie")).as("cookies of %s", path).isEmpty();
  }

  @Test
  void theNetworkIndexListsTheOffices() {
    Document index = page("/", 200);
    assertThat(index.select("main a").eachAttr("href"))
        .contains("/hq/en/", "/gambia/en/", "/senegal/fr/", "/west-central-africa/en/");
  }
}
