package org.meridian.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.meridian.content.ContentType;
import org.meridian.content.LiveItem;
import org.meridian.content.LiveItemWithBody;
import org.meridian.content.menu.MenuEntry;
import org.meridian.tenancy.office.AccentColour;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeContact;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeStatus;
import org.meridian.tenancy.office.OfficeType;

/** The home's blocks, the footer menu, breadcrumbs, share links and the error pages' words. */
class SiteChromeTest {

  private static final LanguageTag EN = new LanguageTag("en");
  private static final LanguageTag FR = new LanguageTag("fr");
  private static final Instant WHEN = Instant.parse("2026-03-02T12:00:00Z");

  private static SitePages.Context site(LanguageTag language) {
    OfficeRef office =
        new OfficeRef(
            7L,
            new OfficeCode("gambia"),
            OfficeType.COUNTRY,
            OfficeStatus.ACTIVE,
            language,
            List.of(language),
            ZoneId.of("Africa/Banjul"),
            Map.of(language.value(), "Gambia office"),
            null,
            AccentColour.DEFAULT,
            new OfficeContact("info@example.org", "+220 1", "1 Road\nBanjul"),
            Map.of(),
            false,
            null);
    return new SitePages.Context(office, language, "/gambia", "https://sites.example.org");
  }

  private static LiveItem item(ContentType type, String slug, String title) {
    return new LiveItem(7L, type, "en", slug, title, "Summary <b>", WHEN, WHEN);
  }

  @Test
  void homeBlocksWithNothingInThemAreLeftOut() {
    Document home =
        Jsoup.parse(
            SitePages.home(
                site(EN),
                List.of(),
                new SitePages.HomeBlocks(List.of(), List.of(), List.of(), List.of())));
    assertThat(home.select("section.featured, section.upcoming-events, section.key-sections"))
        .isEmpty();
    assertThat(home.select("section.latest-news").text()).contains("No news yet.");
    assertThat(home.select("h1")).hasSize(1);
  }

  @Test
  void homeBlocksShowTheirItemsEscaped() {
    LiveItem featured = item(ContentType.PUBLICATION, "report", "Report <2026>");
    LiveItem section = item(ContentType.PAGE, "about-us", "About us");
    Document home =
        Jsoup.parse(
            SitePages.home(
                site(EN),
                List.of(),
                new SitePages.HomeBlocks(
                    List.of(featured), List.of(), List.of(), List.of(section))));
    assertThat(home.select("section.featured a").attr("href")).isEqualTo("/gambia/en/report");
    assertThat(home.select("section.featured a").text()).isEqualTo("Report <2026>");
    assertThat(home.select("section.featured .kind").text()).isEqualTo("Publication");
    assertThat(home.select("section.key-sections a").attr("href")).isEqualTo("/gambia/en/about-us");
  }

  /**
   * Only the home's first picture loads at once, whichever block it is in: the lead story has none
   * here, so the second featured card's picture is the first (a lazy picture near the top would
   * hold back the largest paint), and the latest news' pictures below it load lazily.
   */
  @Test
  void onlyTheHomesFirstPictureLoadsAtOnce() {
    LiveItem lead = new LiveItem(1L, ContentType.NEWS, "en", "lead", "Lead", "", WHEN, WHEN);
    LiveItem second = new LiveItem(2L, ContentType.NEWS, "en", "second", "Two", "", WHEN, WHEN);
    LiveItem latest = new LiveItem(3L, ContentType.NEWS, "en", "latest", "Three", "", WHEN, WHEN);
    org.meridian.site.view.Image picture =
        new org.meridian.site.view.Image(
            "/p.jpg", "/p.jpg 320w", "100vw", "", 320, 200, true, null);
    Document home =
        Jsoup.parse(
            SitePages.home(
                site(EN),
                List.of(),
                new SitePages.HomeBlocks(
                    List.of(lead, second),
                    List.of(latest, second),
                    List.of(),
                    List.of(),
                    Map.of(2L, picture, 3L, picture))));
    assertThat(home.select("section.featured img").stream().map(img -> img.attr("loading")))
        .containsExactly("");
    assertThat(home.select("section.latest-news img").stream().map(img -> img.attr("loading")))
        .containsExactly("lazy", "lazy");
  }

  @Test
  void theHomeHasAMetaDescriptionInItsLanguage() {
    Document home =
        Jsoup.parse(
            SitePages.home(
                site(FR),
                List.of(),
                new SitePages.HomeBlocks(List.of(), List.of(), List.of(), List.of())));
    assertThat(home.select("meta[name=description]").attr("content"))
        .isEqualTo("Actualités, événements et publications de Gambia office.");
  }

  @Test
  void theFooterMenuIsRenderedWhenTheOfficeHasOne() {
    SitePages.Context site =
        site(EN)
            .withFooter(
                List.of(
                    new MenuEntry("About us", "/gambia/en/about-us", List.of()),
                    new MenuEntry("Contact", "/gambia/en/contact", List.of())));
    Document page = Jsoup.parse(SitePages.notFound(site, List.of()));
    assertThat(page.select("footer nav.footer-menu a").eachAttr("href"))
        .containsExactly("/gambia/en/about-us", "/gambia/en/contact");
    assertThat(Jsoup.parse(SitePages.notFound(site(EN), List.of())).select("footer nav")).isEmpty();
  }

  @Test
  void breadcrumbsEndWithTheCurrentPageNotLinked() {
    Document crumbs =
        Jsoup.parse(
            SitePages.breadcrumbs(
                site(FR),
                List.of(new org.meridian.site.view.Chrome.Link("À propos", "/gambia/fr/a-propos")),
                "Histoire"));
    assertThat(crumbs.select("a").eachText()).containsExactly("Accueil", "À propos");
    assertThat(crumbs.select("[aria-current=page]").text()).isEqualTo("Histoire");
    assertThat(crumbs.select("[aria-current=page] a")).isEmpty();
  }

  @Test
  void shareLinksCarryThePublicAddressAndLoadNothing() {
    LiveItem news = item(ContentType.NEWS, "clinics", "Clinics & boats");
    Document page =
        Jsoup.parse(
            ItemPages.html(
                ItemPages.view(
                    site(EN),
                    List.of(),
                    new LiveItemWithBody(news, "<p>Body</p>"),
                    Map.of(),
                    java.time.LocalDate.of(2026, 3, 2),
                    Map.of(),
                    org.meridian.content.taxonomy.ItemTerms.NONE,
                    java.util.Optional.empty(),
                    PublicationFiles.NONE,
                    ItemPages.ItemExtras.NONE)));
    var share = page.select("section.share");
    assertThat(share.select("a").eachAttr("href"))
        .hasSize(5)
        .allMatch(href -> href.contains("https%3A%2F%2Fsites.example.org%2Fgambia%2Fen%2Fclinics"));
    assertThat(share.select("a").first().attr("href"))
        .startsWith("mailto:?subject=Clinics%20%26%20boats");
    assertThat(share.select("script, img, iframe")).isEmpty();
    assertThat(page.select("script[src], iframe")).isEmpty();
    assertThat(ShareLinks.isShared(item(ContentType.PAGE, "about", "About"))).isFalse();
  }

  @Test
  void goneAndClosedPagesSayWhatHappenedInTheOfficesLanguage() {
    Document gone = Jsoup.parse(SitePages.gone(site(FR), List.of()));
    assertThat(gone.select("h1").text()).isEqualTo("Cette page a été retirée");
    assertThat(gone.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
    Document closed = Jsoup.parse(SitePages.officeGone(site(FR).withoutLogo()));
    assertThat(closed.select("html").attr("lang")).isEqualTo("fr");
    assertThat(closed.select("h1").text()).isEqualTo("Ce site a fermé");
  }
}
