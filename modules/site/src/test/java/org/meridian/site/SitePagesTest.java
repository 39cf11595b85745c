package org.meridian.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meridian.content.ContentType;
import org.meridian.content.LiveItem;
import org.meridian.content.LiveItemWithBody;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeStatus;
import org.meridian.tenancy.office.OfficeType;

class SitePagesTest {

  private static LanguageTag lang(String tag) {
    return new LanguageTag(tag);
  }

  /** An office publishing in {@code languages} (the first is the default), named per language. */
  private static OfficeRef office(String code, ZoneId zone, String... languages) {
    Map<String, String> names = new LinkedHashMap<>();
    for (String language : languages) {
      names.put(lang(language).value(), code + " office (" + language + ")");
    }
    return new OfficeRef(
        7L,
        new OfficeCode(code),
        OfficeType.COUNTRY,
        OfficeStatus.ACTIVE,
        lang(languages[0]),
        Arrays.stream(languages).map(LanguageTag::new).toList(),
        zone,
        names,
        null,
        org.meridian.tenancy.office.AccentColour.DEFAULT,
        new org.meridian.tenancy.office.OfficeContact(null, null, null),
        Map.of(),
        false,
        null);
  }

  private static SitePages.Context site(OfficeRef office, String language, String basePath) {
    return new SitePages.Context(office, lang(language), basePath);
  }

  private static LiveItem news(String slug, String title, String summary, Instant published) {
    return new LiveItem(1L, ContentType.NEWS, "en", slug, title, summary, published, published);
  }

  @Test
  void homeOfARightToLeftLanguageIsMarkedRtl() {
    SitePages.Context site = site(office("egypt", ZoneId.of("Africa/Cairo"), "ar", "en"), "ar", "");

    String html = SitePages.home(site, List.of(), List.of());

    assertThat(html).contains("<html lang=\"ar\" dir=\"rtl\">");
  }

  @Test
  void homeOfALeftToRightLanguageIsMarkedLtr() {
    SitePages.Context site =
        site(office("egypt", ZoneId.of("Africa/Cairo"), "ar", "en"), "en", "/egypt");

    String html = SitePages.home(site, List.of(), List.of());

    assertThat(html).contains("<html lang=\"en\" dir=\"ltr\">").doesNotContain("rtl");
  }

  @Test
  void homeShowsTheOfficeNameInThePageLanguage() {
    SitePages.Context site =
        site(office("senegal", ZoneId.of("Africa/Dakar"), "fr", "en"), "en", "/senegal");

    String html = SitePages.home(site, List.of(), List.of());

    assertThat(html)
        .contains("<h1>senegal office (en)</h1>")
        .contains("<title>senegal office (en)</title>");
  }

  @Test
  void scriptInTitlesAndSummariesComesOutEscaped() {
    SitePages.Context site = site(office("gambia", ZoneId.of("Africa/Banjul"), "en"), "en", "");
    LiveItem evil =
        news(
            "evil",
            "<script>alert('title')</script>",
            "<script>alert(\"summary\")</script>",
            Instant.parse("2024-03-01T10:00:00Z"));
    var section =
        new org.meridian.content.menu.MenuEntry(
            "<script>alert('section')</script>", "/gambia/en/about", List.of());

    String html = SitePages.home(site, List.of(section), List.of(evil));

    assertThat(html).doesNotContain("<script>");
    var page = org.jsoup.Jsoup.parse(html);
    assertThat(page.select("section.latest-news .card-title").text())
        .isEqualTo("<script>alert('title')</script>");
    assertThat(page.select("section.latest-news .summary").text())
        .isEqualTo("<script>alert(\"summary\")</script>");
    assertThat(page.select("nav.main-menu a").text())
        .isEqualTo("<script>alert('section')</script>");
    assertThat(page.select("script")).allMatch(s -> s.attr("type").equals("application/ld+json"));
  }

  @Test
  void scriptInAnItemTitleIsEscapedInHeadingAndPageTitle() {
    SitePages.Context site = site(office("gambia", ZoneId.of("Africa/Banjul"), "en"), "en", "");
    LiveItem evil = news("evil", "<script>x()</script>", "", Instant.parse("2024-03-01T10:00:00Z"));

    String html =
        ItemPages.html(
            ItemPages.view(
                site,
                List.of(),
                new LiveItemWithBody(evil, "<p>Body</p>"),
                java.util.Map.of(),
                java.time.LocalDate.of(2024, 3, 1),
                java.util.Map.of(),
                org.meridian.content.taxonomy.ItemTerms.NONE,
                java.util.Optional.empty(),
                PublicationFiles.NONE,
                ItemPages.ItemExtras.NONE));

    assertThat(html)
        .doesNotContain("<script>")
        .contains("<h1>&lt;script&gt;x()&lt;/script&gt;</h1>")
        .contains("<title>&lt;script&gt;x()&lt;/script&gt; | gambia office (en)</title>");
  }

  @Test
  void theOfficesBrandColourDrivesThePrimaryToken() {
    String html =
        SitePages.home(
            site(office("gambia", ZoneId.of("Africa/Banjul"), "en"), "en", ""),
            List.of(),
            List.of());
    assertThat(html)
        .contains(
            ":root{--primary:#0b4f8a;--on-primary:#ffffff;--accent:#0b4f8a;--on-accent:#ffffff}");
    // The theme's style sheet draws with the tokens.
    assertThat(
            new String(
                Assets.shared()
                    .find(Assets.shared().paths().stylesheet().substring(Assets.PREFIX.length()))
                    .orElseThrow()
                    .bytes(),
                java.nio.charset.StandardCharsets.UTF_8))
        .contains("var(--primary)")
        .contains("var(--on-primary)")
        .contains("var(--accent)")
        .contains("var(--on-accent)");
  }

  @Test
  void nestedMenuEntriesAndHeadingsAreRendered() {
    var menu =
        List.of(
            new org.meridian.content.menu.MenuEntry(
                "Who we are",
                null,
                List.of(
                    new org.meridian.content.menu.MenuEntry(
                        "About us", "/gambia/en/about-us", List.of()))));
    String html =
        SitePages.home(
            site(office("gambia", ZoneId.of("Africa/Banjul"), "en"), "en", "/gambia"),
            menu,
            List.of());
    assertThat(html)
        .contains(
            "<li><span>Who we are</span><ul><li><a href=\"/gambia/en/about-us\">About us</a>");
  }

  @Test
  void linksFollowTheBasePathAndLanguage() {
    LiveItem item = news("new-clinic", "New clinic", "", null);

    String byPath =
        SitePages.home(
            site(office("gambia", ZoneId.of("Africa/Banjul"), "en"), "en", "/gambia"),
            List.of(),
            List.of(item));
    String byHost =
        SitePages.home(
            site(office("gambia", ZoneId.of("Africa/Banjul"), "en"), "en", ""),
            List.of(),
            List.of(item));

    assertThat(byPath)
        .contains("href=\"/gambia/en/new-clinic\"")
        .contains("class=\"office\" href=\"/gambia/en/\"");
    assertThat(byHost).contains("href=\"/en/new-clinic\"");
  }

  @Test
  void publicationDateIsTheDateInTheOfficesTimeZone() {
    // 22:30 in UTC on 1 March is already 2 March in Dhaka (UTC+6).
    SitePages.Context site = site(office("bangladesh", ZoneId.of("Asia/Dhaka"), "en"), "en", "");
    LiveItem item = news("late", "Late news", "", Instant.parse("2024-03-01T22:30:00Z"));

    String html = SitePages.home(site, List.of(), List.of(item));

    assertThat(html).contains("<time datetime=\"2024-03-02\">");
  }

  @Test
  void homeWithoutNewsSaysSoInThePageLanguage() {
    SitePages.Context site =
        site(office("senegal", ZoneId.of("Africa/Dakar"), "fr", "en"), "fr", "/senegal");

    assertThat(SitePages.home(site, List.of(), List.of()))
        .contains("Dernières actualités")
        .contains("Pas encore d’actualités.");
  }

  @Test
  void languageSwitcherListsEveryLanguageAndMarksTheCurrentOne() {
    SitePages.Context site =
        site(office("senegal", ZoneId.of("Africa/Dakar"), "fr", "en"), "en", "/senegal");

    String html = SitePages.home(site, List.of(), List.of());

    assertThat(html)
        .contains("<a lang=\"fr\" href=\"/senegal/fr/\">")
        .contains("<a lang=\"en\" href=\"/senegal/en/\" aria-current=\"true\">");
  }

  @Test
  void singleLanguageOfficeHasNoLanguageSwitcher() {
    SitePages.Context site = site(office("gambia", ZoneId.of("Africa/Banjul"), "en"), "en", "");

    assertThat(SitePages.home(site, List.of(), List.of()))
        .doesNotContain("aria-label=\"Languages\"");
  }

  @Test
  void networkPageEscapesTheNamesItLinksTo() {
    String html =
        SitePages.network(
            null,
            null,
            List.of(new org.meridian.site.view.Chrome.Link("<b>Offices</b>", "/gambia/en/")),
            true);
    assertThat(html).contains("&lt;b&gt;Offices&lt;/b&gt;").doesNotContain("<b>");
    assertThat(org.jsoup.Jsoup.parse(html).select("main ul.offices a").attr("href"))
        .isEqualTo("/gambia/en/");
  }

  @Test
  void theLanguageSwitcherOfAnItemLeadsToItsTranslationsOrElseToTheHome() {
    SitePages.Context site =
        site(office("senegal", ZoneId.of("Africa/Dakar"), "fr", "en", "ar"), "fr", "/senegal");
    LiveItem forum = news("forum-jeunesse", "Forum", "", null);

    String html =
        ItemPages.html(
            ItemPages.view(
                site,
                List.of(),
                new LiveItemWithBody(forum, "<p>Body</p>"),
                Map.of(),
                java.time.LocalDate.now(),
                Map.of(
                    lang("fr"), new org.meridian.content.Slug("forum-jeunesse"),
                    lang("en"), new org.meridian.content.Slug("youth-forum")),
                org.meridian.content.taxonomy.ItemTerms.NONE,
                java.util.Optional.empty(),
                PublicationFiles.NONE,
                ItemPages.ItemExtras.NONE));

    assertThat(html)
        .contains("<a lang=\"en\" href=\"/senegal/en/youth-forum\">")
        .contains("<a lang=\"fr\" href=\"/senegal/fr/forum-jeunesse\" aria-current=\"true\">")
        // No Arabic version: the Arabic home.
        .contains("<a lang=\"ar\" href=\"/senegal/ar/\">")
        .contains(
            "<link rel=\"alternate\" hreflang=\"fr\""
                + " href=\"http://localhost:8080/senegal/fr/forum-jeunesse\">")
        .contains(
            "<link rel=\"alternate\" hreflang=\"en\""
                + " href=\"http://localhost:8080/senegal/en/youth-forum\">")
        .doesNotContain("hreflang=\"ar\"");
  }

  @Test
  void anItemWithoutTranslationsHasNoLanguageAlternates() {
    SitePages.Context site =
        site(office("senegal", ZoneId.of("Africa/Dakar"), "fr", "en"), "fr", "/senegal");

    String html =
        ItemPages.html(
            ItemPages.view(
                site,
                List.of(),
                new LiveItemWithBody(news("seul", "Seul", "", null), "<p>Body</p>"),
                Map.of(),
                java.time.LocalDate.now(),
                Map.of(),
                org.meridian.content.taxonomy.ItemTerms.NONE,
                java.util.Optional.empty(),
                PublicationFiles.NONE,
                ItemPages.ItemExtras.NONE));

    assertThat(html).doesNotContain("hreflang").contains("<a lang=\"en\" href=\"/senegal/en/\">");
  }
}
