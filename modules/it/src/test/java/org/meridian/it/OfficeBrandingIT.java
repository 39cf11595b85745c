package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * An office's branding from the console to its public pages: a colour pair that is not readable is
 * refused on its field; a readable one, the accent and the tagline show on the site as the theme's
 * custom properties and the home's description; a theme variant chosen for an office draws its
 * pages with the variant's style sheet and home template. Screenshots of an office with its own
 * colours and of the variant, in English and Arabic, at 390 and 1280 px go to {@code
 * target/screenshots/branding-*}. The offices are put back as they were at the end.
 */
@ExtendWith(MeridianServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OfficeBrandingIT {


  private static Document settingsOf(String email, String path) {
    return FacesForms.signedInAt(new Browser(MeridianServer.server()), email, path);
  }

  private static Document saveBranding(String email, String path, Map<String, String> changes) {
    Browser browser = new Browser(MeridianServer.server());
    Document page = FacesForms.signedInAt(browser, email, path);
    return FacesForms.parse(
        FacesForms.submit(browser, page, "branding", "branding:save-branding", changes));
  }

  private static Document site(String path) {
    return FacesForms.parse(new Browser(MeridianServer.server()).get(path));
  }

  /** The message shown under a field of the branding form. */
  private static String errorOn(Document page, String field) {
    var input = page.getElementById(field);
    assertThat(input).as("field %s", field).isNotNull();
    return input.parent().select(".error").text();
  }

  @Test
  @Order(1)
  void anUnreadablePairIsRefusedOnItsFieldAndNothingChanges() {
    String styleBefore = site("/gambia/en/").select("style").html();
    Document refused =
        saveBranding(
            "gambia.admin@meridian.example.org",
            "/admin/settings.xhtml",
            Map.of(
                "branding:onPrimary", "#777777",
                "branding:accent", "#ffcc00",
                "branding:onAccent", "#ffffff"));
    assertThat(errorOn(refused, "branding:onPrimary"))
        .contains("Text in #777777 on #")
        .contains("at least 4.5:1");
    assertThat(errorOn(refused, "branding:onAccent"))
        .contains("Text in #ffffff on #ffcc00 has a contrast of 1.")
        .contains("at least 4.5:1");
    assertThat(errorOn(refused, "branding:accent")).isEmpty();

    Document notAColour =
        saveBranding(
            "gambia.admin@meridian.example.org",
            "/admin/settings.xhtml",
            Map.of("branding:accent", "#fff;}body{display:none"));
    assertThat(errorOn(notAColour, "branding:accent")).contains("#rrggbb");

    assertThat(site("/gambia/en/").select("style").html()).isEqualTo(styleBefore);
  }

  @Test
  @Order(2)
  void aReadablePairAndATaglineShowOnThePublicPages() throws IOException {
    Document saved =
        saveBranding(
            "gambia.admin@meridian.example.org",
            "/admin/settings.xhtml",
            Map.of(
                "branding:onPrimary", "#FFF4D6",
                "branding:accent", "#ffcc00",
                "branding:onAccent", "#1b1f24",
                "branding:taglines:0:tagline", "Clinics, schools and clean water in every region"));
    assertThat(saved.select(".notice").text()).contains("The branding of 'gambia' was saved");
    assertThat(saved.getElementById("branding:onPrimary").attr("value")).isEqualTo("#fff4d6");

    Document home = site("/gambia/en/");
    assertThat(home.select("style").html())
        .contains("--on-primary:#fff4d6;--accent:#ffcc00;--on-accent:#1b1f24}");
    assertThat(home.select("meta[name=description]").attr("content"))
        .isEqualTo("Clinics, schools and clean water in every region");
    assertThat(home.select(".home-banner .tagline").text())
        .isEqualTo("Clinics, schools and clean water in every region");
    // The news list has its own description, in the page's language.
    assertThat(site("/gambia/en/news").select("meta[name=description]").attr("content"))
        .isEqualTo("The latest news from Meridian in The Gambia.");
    // Another office keeps its own colours.
    assertThat(site("/senegal/fr/").select("style").html()).doesNotContain("#ffcc00");

    Document jordan =
        saveBranding(
            "hq.admin@meridian.example.org",
            "/admin/settings.xhtml?office=jordan",
            Map.of(
                "branding:onPrimary", "#ffffff",
                "branding:accent", "#ffcc00",
                "branding:onAccent", "#1b1f24"));
    assertThat(jordan.select(".notice").text()).contains("The branding of 'jordan' was saved");
    screenshots("branding-tokens-en-home", "/gambia/en/");
    screenshots("branding-tokens-ar-home", "/jordan/ar/");
  }

  @Test
  @Order(3)
  void aThemeVariantChosenForAnOfficeDrawsItsPages() throws IOException {
    Document page = settingsOf("hq.admin@meridian.example.org", "/admin/settings.xhtml?office=jordan");
    assertThat(page.select("select[name=branding:variant] option").eachAttr("value"))
        .contains("standard", "compact");
    for (String office : List.of("jordan", "gambia")) {
      Document saved =
          saveBranding(
              "hq.admin@meridian.example.org",
              "/admin/settings.xhtml?office=" + office,
              Map.of("branding:variant", "compact"));
      assertThat(saved.select(".notice").text()).contains("was saved");
    }

    Document home = site("/jordan/ar/");
    var sheets = home.select("link[rel=stylesheet]").eachAttr("href");
    assertThat(sheets).hasSize(2);
    assertThat(sheets.get(1)).matches("/_assets/theme-compact\\.[0-9a-f]{16}\\.css");
    assertThat(home.body().hasClass("variant-compact")).isTrue();
    assertThat(home.select(".home-band h1").text()).isEqualTo("ميريديان في الأردن");
    var sheet = new Browser(MeridianServer.server()).get(sheets.get(1));
    assertThat(sheet.statusCode()).isEqualTo(200);
    assertThat(sheet.headers().firstValue("Cache-Control"))
        .hasValue("public, max-age=31536000, immutable");
    assertThat(sheet.body()).contains(".home-band");
    // An article keeps the network's template, in the variant's style.
    Document news = site("/jordan/ar/news");
    assertThat(news.select("link[rel=stylesheet]")).hasSize(2);

    screenshots("branding-variant-en-home", "/gambia/en/");
    screenshots("branding-variant-ar-home", "/jordan/ar/");
    screenshots("branding-variant-ar-news", "/jordan/ar/news");
  }

  /** The offices as the demo made them, for the tests that follow. */
  @AfterAll
  static void putTheOfficesBack() {
    for (String office : List.of("gambia", "jordan")) {
      saveBranding(
          "hq.admin@meridian.example.org",
          "/admin/settings.xhtml?office=" + office,
          Map.of(
              "branding:onPrimary", "#ffffff",
              "branding:accent", "#0b4f8a",
              "branding:onAccent", "#ffffff",
              "branding:variant", "standard",
              "branding:taglines:0:tagline", ""));
    }
  }

  /** Full-page screenshots at 390 and 1280 px, when Chromium is installed. */
  private static void screenshots(String name, String path) throws IOException {
    if (!org.meridian.it.pages.Chromium.installed()) {
      return;
    }
    try (var chromium = org.meridian.it.pages.Chromium.start()) {
      ChromeDriver browser = chromium.driver();
      for (int width : List.of(390, 1280)) {
        browser.executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of(
                "width", width, "height", width == 390 ? 844 : 900, "deviceScaleFactor", 1,
                "mobile", width == 390));
        browser.get(MeridianServer.server().uri(path).toString());
        Number scrollWidth =
            (Number) browser.executeScript("return document.documentElement.scrollWidth");
        assertThat(scrollWidth.intValue()).as("%s fits %d px", path, width).isLessThanOrEqualTo(width);
        Screenshots.save(browser, name + "-" + width + ".png");
      }
    }
  }
}
