package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Feeds, sitemaps, robots.txt and the meta data pages give machines. */
@ExtendWith(MeridianServer.class)
class MachineReadableIT {

  private Browser visitor;

  @BeforeEach
  void newVisitor() {
    visitor = new Browser(MeridianServer.server());
  }

  private Document xml(String path, String contentType) {
    HttpResponse<String> response = visitor.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(contentType);
    return Jsoup.parse(response.body(), "", Parser.xmlParser());
  }

  @Test
  void newsFeedsListTheOfficesNewsOnly() {
    Document rss = xml("/gambia/en/feed.rss", "application/rss+xml");
    assertThat(rss.select("item > title").eachText())
        .contains("New youth skills centre opens in Brikama")
        .doesNotContain("Un forum de la jeunesse réunit 500 participants à Thiès", "About us");
    assertThat(rss.select("item > link").eachText()).allMatch(link -> link.contains("/gambia/en/"));

    Document atom = xml("/senegal/fr/feed.atom", "application/atom+xml");
    assertThat(atom.select("entry > title").eachText())
        .contains("Un forum de la jeunesse réunit 500 participants à Thiès")
        .doesNotContain("New youth skills centre opens in Brikama");
  }

  @Test
  void sitemapsListLiveContentWithLanguageAlternates() {
    Document index = xml("/sitemap.xml", "application/xml");
    assertThat(index.select("sitemap > loc").eachText())
        .anyMatch(loc -> loc.endsWith("/gambia/sitemap.xml"))
        .anyMatch(loc -> loc.endsWith("/senegal/sitemap.xml"))
        .noneMatch(loc -> loc.endsWith("/mali/sitemap.xml"));

    Document senegal = xml("/senegal/sitemap.xml", "application/xml");
    assertThat(senegal.select("url > loc").eachText())
        .anyMatch(loc -> loc.endsWith("/senegal/fr/a-propos"))
        .anyMatch(loc -> loc.endsWith("/senegal/en/about-us"))
        .noneMatch(loc -> loc.contains("/gambia/"))
        // Drafts are not listed.
        .noneMatch(loc -> loc.endsWith("/senegal/fr/agir"));
    assertThat(senegal.select("url > xhtml|link").eachAttr("hreflang")).contains("fr", "en");
  }

  @Test
  void robotsTxtNamesTheSitemap() {
    HttpResponse<String> robots = visitor.get("/robots.txt");
    assertThat(robots.statusCode()).isEqualTo(200);
    assertThat(robots.body())
        .contains("Sitemap: http")
        .contains("/sitemap.xml")
        .contains("Disallow: /admin/");
  }

  @Test
  void articlesCarryCanonicalOpenGraphAndJsonLd() {
    Document article = Jsoup.parse(visitor.get("/gambia/en/youth-skills-centre-opens").body());
    assertThat(article.selectFirst("link[rel=canonical]").attr("href"))
        .endsWith("/gambia/en/youth-skills-centre-opens");
    assertThat(article.selectFirst("meta[property=og:type]").attr("content")).isEqualTo("article");
    assertThat(article.selectFirst("meta[property=og:title]").attr("content"))
        .startsWith("New youth skills centre opens in Brikama");
    // Absolute, like the canonical link: a feed reader given the page finds the feed on its host.
    assertThat(article.select("link[rel=alternate][type=application/rss+xml]").attr("href"))
        .isEqualTo(
            article.selectFirst("link[rel=canonical]").attr("href")
                .replace("/youth-skills-centre-opens", "/feed.rss"));
    JsonObject ld =
        (JsonObject)
            JsonBodies.parse(article.selectFirst("script[type=application/ld+json]").data());
    assertThat(ld.getString("@type")).isEqualTo("NewsArticle");
    assertThat(ld.getString("headline")).isEqualTo("New youth skills centre opens in Brikama");

    Document home = Jsoup.parse(visitor.get("/senegal/fr/").body());
    JsonObject org =
        (JsonObject) JsonBodies.parse(home.selectFirst("script[type=application/ld+json]").data());
    assertThat(org.getString("@type")).isEqualTo("Organization");
    assertThat(home.select("link[rel=alternate][hreflang]").eachAttr("hreflang"))
        .containsExactly("fr", "en");
  }

  @Test
  void theCanonicalAddressIgnoresTheHostHeader() {
    HttpResponse<String> page =
        new Browser(MeridianServer.server())
            .get("/gambia/en/about-us", Map.of("Host", "evil.example"));
    assertThat(Jsoup.parse(page.body()).selectFirst("link[rel=canonical]").attr("href"))
        .doesNotContain("evil.example");
  }

  @Test
  void errorPagesAreNotForSearchEngines() {
    Document missing = Jsoup.parse(visitor.get("/gambia/en/no-such-page").body());
    assertThat(missing.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
  }
}
