package org.meridian.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.meridian.content.ContentType;
import org.meridian.content.LiveItem;
import org.meridian.tenancy.office.AccentColour;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeContact;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeStatus;
import org.meridian.tenancy.office.OfficeType;
import org.w3c.dom.Document;

class FeedsTest {

  private static final LanguageTag FR = new LanguageTag("fr");
  private static final LanguageTag EN = new LanguageTag("en");

  private static SitePages.Context senegal() {
    OfficeRef office =
        new OfficeRef(
            3,
            new OfficeCode("senegal"),
            OfficeType.COUNTRY,
            OfficeStatus.ACTIVE,
            FR,
            List.of(FR, EN),
            ZoneId.of("Africa/Dakar"),
            Map.of("fr", "Meridian au Sénégal & <Co>"),
            null,
            AccentColour.DEFAULT,
            new OfficeContact(null, null, null),
            Map.of(),
            false,
            null);
    return new SitePages.Context(office, FR, "/senegal", "https://www.example.org");
  }

  private static LiveItem news(String slug, String title) {
    Instant at = Instant.parse("2026-03-01T10:00:00Z");
    return new LiveItem(1, ContentType.NEWS, "fr", slug, title, "Résumé <b>", at, at);
  }

  private static Document xml(String text) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void rssIsWellFormedWithAbsoluteLinksAndEscapedText() throws Exception {
    Document rss =
        xml(Feeds.rss(senegal(), List.of(news("forum-thies", "Forum <jeunesse> & emploi"))));
    assertThat(rss.getElementsByTagName("title").item(1).getTextContent())
        .isEqualTo("Forum <jeunesse> & emploi");
    assertThat(rss.getElementsByTagName("link").item(1).getTextContent())
        .isEqualTo("https://www.example.org/senegal/fr/forum-thies");
    assertThat(rss.getElementsByTagName("pubDate").item(0).getTextContent())
        .isEqualTo("Sun, 1 Mar 2026 10:00:00 GMT");
  }

  /**
   * Readers treat an RSS description as HTML: after XML parsing it must still be escaped HTML, so
   * that a summary's markup (or an office name's) shows as text and never becomes live.
   */
  @Test
  void rssDescriptionsAreTextThatReadersCannotTakeForMarkup() throws Exception {
    Document rss = xml(Feeds.rss(senegal(), List.of(news("forum-thies", "Forum"))));
    String channel = rss.getElementsByTagName("description").item(0).getTextContent();
    String item = rss.getElementsByTagName("description").item(1).getTextContent();
    assertThat(channel).isEqualTo("Meridian au Sénégal &amp; &lt;Co&gt;").doesNotContain("<");
    assertThat(item).isEqualTo("Résumé &lt;b&gt;").doesNotContain("<");
    // what a reader shows once it has read that HTML: the summary's own characters
    assertThat(org.jsoup.Jsoup.parseBodyFragment(item).body().text()).isEqualTo("Résumé <b>");
  }

  @Test
  void atomIsWellFormedAndDatedByTheNewestItem() throws Exception {
    Document atom = xml(Feeds.atom(senegal(), List.of(news("forum-thies", "Forum"))));
    assertThat(atom.getDocumentElement().getNamespaceURI())
        .isEqualTo("http://www.w3.org/2005/Atom");
    assertThat(atom.getElementsByTagName("updated").item(0).getTextContent())
        .isEqualTo("2026-03-01T10:00:00Z");
    assertThat(atom.getElementsByTagName("entry").getLength()).isEqualTo(1);
  }

  @Test
  void theSitemapListsEveryLanguageWithHreflangAlternatesAndEveryLiveItem() throws Exception {
    Document sitemap =
        xml(
            Feeds.sitemap(
                senegal(), Map.of("fr", List.of(news("forum-thies", "Forum")), "en", List.of())));
    var locs = sitemap.getElementsByTagName("loc");
    List<String> urls = new java.util.ArrayList<>();
    for (int i = 0; i < locs.getLength(); i++) {
      urls.add(locs.item(i).getTextContent());
    }
    assertThat(urls)
        .contains(
            "https://www.example.org/senegal/fr/",
            "https://www.example.org/senegal/en/",
            "https://www.example.org/senegal/fr/news",
            "https://www.example.org/senegal/fr/forum-thies");
    assertThat(sitemap.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link").getLength())
        .isEqualTo(4);
  }

  @Test
  void theSitemapLinksAnItemToItsLiveTranslations() throws Exception {
    LiveItem french = news("forum-thies", "Forum");
    Document sitemap =
        xml(
            Feeds.sitemap(
                senegal(),
                Map.of("fr", List.of(french), "en", List.of()),
                Map.of(
                    french.itemId(),
                    Map.of(
                        new org.meridian.tenancy.office.LanguageTag("fr"),
                        new org.meridian.content.Slug("forum-thies"),
                        new org.meridian.tenancy.office.LanguageTag("en"),
                        new org.meridian.content.Slug("youth-forum"))),
                Map.of()));
    var links = sitemap.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link");
    List<String> hrefs = new java.util.ArrayList<>();
    for (int i = 0; i < links.getLength(); i++) {
      hrefs.add(((org.w3c.dom.Element) links.item(i)).getAttribute("href"));
    }
    assertThat(hrefs)
        .contains(
            "https://www.example.org/senegal/en/youth-forum",
            "https://www.example.org/senegal/fr/forum-thies");
    assertThat(links.getLength()).as("4 between the homes, 2 for the item").isEqualTo(6);
  }

  @Test
  void robotsPointsAtTheSitemapAndKeepsCrawlersOutOfTheConsole() {
    assertThat(Feeds.robots("https://www.example.org"))
        .contains("Sitemap: https://www.example.org/sitemap.xml")
        .contains("Disallow: /admin/");
  }

  @Test
  void jsonInsideAScriptCannotCloseIt() {
    String json =
        new org.meridian.site.view.JsonLd(
                PageHead.JSON
                    .createObjectBuilder()
                    .add("name", "</script><script>alert(1)</script> \"q\" \\ &")
                    .build())
            .json();
    assertThat(json)
        .doesNotContain("</script>")
        .doesNotContain("&")
        .contains("\\u003c/script\\u003e")
        .contains("\\\"q\\\"");
    assertThat(
            jakarta.json.Json.createReader(new java.io.StringReader(json))
                .readObject()
                .getString("name"))
        .isEqualTo("</script><script>alert(1)</script> \"q\" \\ &");
  }
}
