package org.meridian.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.meridian.tenancy.office.AccentColour;
import org.meridian.tenancy.office.BrandColours;
import org.meridian.tenancy.office.Colour;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeBranding;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeContact;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeStatus;
import org.meridian.tenancy.office.OfficeType;

/**
 * An office's branding on its pages: its colours as the theme's custom properties, its theme
 * variant's style sheet and templates, its tagline as the home's description, the lists'
 * descriptions in the page's language, feeds at absolute addresses, and the outage page.
 */
class BrandingPagesTest {

  private static final BrandColours MAROON =
      new BrandColours(
          new AccentColour("#8a1538"),
          new Colour("#fff4d6"),
          new Colour("#ffcc00"),
          new Colour("#1b1f24"));

  private static OfficeRef office(OfficeBranding branding, Map<String, String> social) {
    LanguageTag en = new LanguageTag("en");
    return new OfficeRef(
        7L,
        new OfficeCode("gambia"),
        OfficeType.COUNTRY,
        OfficeStatus.ACTIVE,
        en,
        List.of(en, new LanguageTag("fr"), new LanguageTag("ar")),
        ZoneId.of("Africa/Banjul"),
        Map.of("en", "Gambia office", "fr", "Bureau de Gambie"),
        null,
        branding.colours().primary(),
        new OfficeContact(null, null, null),
        social,
        false,
        branding);
  }

  private static SitePages.Context site(OfficeRef office, String language) {
    return new SitePages.Context(
        office, new LanguageTag(language), "", "https://gambia.example.org");
  }

  @Test
  void theOfficesColoursReachThePageAsCustomProperties() {
    OfficeBranding branding =
        new OfficeBranding(MAROON, null, "standard", Map.of("en", "Working with Gambia"));
    Document home =
        Jsoup.parse(SitePages.home(site(office(branding, Map.of()), "en"), List.of(), List.of()));
    assertThat(home.select("style").html())
        .isEqualTo(
            ":root{--primary:#8a1538;--on-primary:#fff4d6;--accent:#ffcc00;--on-accent:#1b1f24}");
    // The standard theme: the network's style sheet alone, the network's home template.
    assertThat(home.select("link[rel=stylesheet]")).hasSize(1);
    assertThat(home.body().className()).isEmpty();
    assertThat(home.select(".home-banner .tagline").text()).isEqualTo("Working with Gambia");
    assertThat(home.select("meta[name=description]").attr("content"))
        .isEqualTo("Working with Gambia");
    // The feeds are named at the office's own address.
    assertThat(home.select("link[type=application/rss+xml]").attr("href"))
        .isEqualTo("https://gambia.example.org/en/feed.rss");
    assertThat(home.select("link[type=application/atom+xml]").attr("href"))
        .isEqualTo("https://gambia.example.org/en/feed.atom");
  }

  @Test
  void withoutATaglineTheHomeIsDescribedInThePagesLanguage() {
    OfficeRef office = office(OfficeBranding.DEFAULT, Map.of());
    Document fr = Jsoup.parse(SitePages.home(site(office, "fr"), List.of(), List.of()));
    assertThat(fr.select("meta[name=description]").attr("content"))
        .isEqualTo("Actualités, événements et publications de Bureau de Gambie.");
    Document ar = Jsoup.parse(SitePages.home(site(office, "ar"), List.of(), List.of()));
    assertThat(ar.select("meta[name=description]").attr("content"))
        .startsWith("أخبار وفعاليات ومنشورات");
    assertThat(ar.select(".home-banner .tagline")).isEmpty();
  }

  @Test
  void aVariantAddsItsStyleSheetAndItsOwnHomeTemplate() {
    OfficeBranding compact = new OfficeBranding(MAROON, null, "compact", Map.of());
    Document home =
        Jsoup.parse(SitePages.home(site(office(compact, Map.of()), "en"), List.of(), List.of()));
    var sheets = home.select("link[rel=stylesheet]");
    assertThat(sheets).hasSize(2);
    assertThat(sheets.get(1).attr("href")).matches("/_assets/theme-compact\\.[0-9a-f]{16}\\.css");
    assertThat(Assets.shared().find(sheets.get(1).attr("href").substring(Assets.PREFIX.length())))
        .isPresent();
    assertThat(home.body().hasClass("variant-compact")).isTrue();
    // The variant's home template replaced the network's; other pages keep the network's.
    assertThat(home.select(".home-band h1").text()).isEqualTo("Gambia office");
    assertThat(home.select(".home-banner")).isEmpty();
    Document notFound =
        Jsoup.parse(SitePages.notFound(site(office(compact, Map.of()), "en"), List.of()));
    assertThat(notFound.select("link[rel=stylesheet]")).hasSize(2);
    assertThat(notFound.select(".message h1")).hasSize(1);
  }

  @Test
  void aVariantThatIsNotInstalledDrawsTheStandardTheme() {
    OfficeBranding gone = new OfficeBranding(MAROON, null, "retired-variant", Map.of());
    Document home =
        Jsoup.parse(SitePages.home(site(office(gone, Map.of()), "en"), List.of(), List.of()));
    assertThat(home.select("link[rel=stylesheet]")).hasSize(1);
    assertThat(home.select(".home-banner h1").text()).isEqualTo("Gambia office");
  }

  @Test
  void aSocialLinkThatIsNotAWebAddressIsNotShown() {
    Document home =
        Jsoup.parse(
            SitePages.home(
                site(
                    office(
                        OfficeBranding.DEFAULT,
                        Map.of(
                            "FACEBOOK", "javascript:alert(1)",
                            "X", "https://x.com/gambia")),
                    "en"),
                List.of(),
                List.of()));
    assertThat(home.select(".site-footer a").eachAttr("href"))
        .contains("https://x.com/gambia")
        .noneMatch(href -> href.toLowerCase(java.util.Locale.ROOT).contains("javascript"));
  }

  @Test
  void theOutagePageIsTheNetworksTemplateWithItsWords() {
    Document page = Jsoup.parse(SitePages.unavailable());
    assertThat(page.select("html").attr("lang")).isEqualTo("en");
    assertThat(page.select("h1").text()).isEqualTo("Unavailable for a moment");
    assertThat(page.select("main p").first().text()).startsWith("This page cannot be shown");
    assertThat(page.select("main a[href=/]").text()).isEqualTo("All offices");
    assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
  }

  /**
   * A variant headquarters installed (the example in {@code docs/themes}) is served like the
   * theme's own files and linked from the pages of an office that chose it.
   */
  @Test
  void anInstalledVariantsStyleSheetIsServedAndLinked() {
    Assets.shared().install(new org.meridian.tenancy.office.SiteThemes("../../docs/themes"));
    var paths = Assets.shared().paths("high-contrast");
    assertThat(paths.variant()).isEqualTo("high-contrast");
    assertThat(paths.variantStylesheet())
        .matches("/_assets/theme-high-contrast\\.[0-9a-f]{16}\\.css");
    assertThat(
            new String(
                Assets.shared()
                    .find(paths.variantStylesheet().substring(Assets.PREFIX.length()))
                    .orElseThrow()
                    .bytes(),
                java.nio.charset.StandardCharsets.UTF_8))
        .contains("--ink:#000");
    OfficeBranding chosen = new OfficeBranding(MAROON, null, "high-contrast", Map.of());
    Document home =
        Jsoup.parse(SitePages.home(site(office(chosen, Map.of()), "en"), List.of(), List.of()));
    assertThat(home.select("link[rel=stylesheet]").eachAttr("href"))
        .containsExactly(Assets.shared().paths().stylesheet(), paths.variantStylesheet());
    // It has no templates of its own: the network's home.
    assertThat(home.select(".home-banner h1").text()).isEqualTo("Gambia office");
  }

  @Test
  void theBannerPictureIsShownAboveTheNameAsADecorativePictureWithItsSize() {
    var banner =
        new org.meridian.site.view.Image(
            "/gambia/media/12/w640/river.jpg",
            "/gambia/media/12/w640/river.jpg 640w",
            HeroImage.SIZES,
            "",
            1600,
            600,
            false,
            null);
    Document home =
        Jsoup.parse(
            SitePages.home(
                site(office(OfficeBranding.DEFAULT, Map.of()), "en"),
                List.of(),
                new SitePages.HomeBlocks(
                    List.of(), List.of(), List.of(), List.of(), Map.of(), banner)));
    var picture = home.selectFirst(".home-banner.with-picture img.banner-picture");
    assertThat(picture).isNotNull();
    assertThat(picture.attr("alt")).isEmpty();
    assertThat(picture.attr("width")).isEqualTo("1600");
    assertThat(picture.attr("height")).isEqualTo("600");
    assertThat(picture.attr("srcset")).isEqualTo("/gambia/media/12/w640/river.jpg 640w");
    assertThat(home.select(".home-banner h1").text()).isEqualTo("Gambia office");
    // Without one, the banner is the brand colour alone.
    Document plain =
        Jsoup.parse(
            SitePages.home(
                site(office(OfficeBranding.DEFAULT, Map.of()), "en"), List.of(), List.of()));
    assertThat(plain.select(".home-banner img")).isEmpty();
    assertThat(plain.select(".home-banner.with-picture")).isEmpty();
  }
}
