package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nu.validator.client.EmbeddedValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.meridian.it.pages.Chromium;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public pages measured, not assumed (issue 15, item 8; docs/site.md "Quality bars"): every
 * page kind of the demo offices in the five site languages is valid HTML for the Nu HTML Checker
 * (vnu, in-process), an article's HTML and CSS weigh at most 50 KB, and a first visit of an office's
 * home on a 390 px phone fetches at most 150 KB with its pictures, as Chromium fetches them
 * (srcset choice at the phone's pixel density, lazy pictures only when Chromium holds them back).
 * axe-core's side of the bar is {@link AccessibilityIT}; Lighthouse is a measurement
 * (bench/lighthouse.sh), not a test.
 */
@ExtendWith(MeridianServer.class)
class SiteQualityIT {

  /** Home, an article, the news list, a search and a 404 of each demo office of each language. */
  private static final String PAGES =
      """
      /gambia/en/ /gambia/en/youth-skills-centre-opens /gambia/en/news
      /gambia/en/search?q=mobile+clinics /gambia/en/no-such-page
      /senegal/fr/ /senegal/fr/rencontre-diaspora /senegal/fr/news
      /senegal/fr/search?q=eau /senegal/fr/pas-de-page
      /jordan/ar/ /jordan/ar/water-for-host-towns /jordan/ar/news
      /jordan/ar/search?q=%D9%85%D9%8A%D8%A7%D9%87 /jordan/ar/no-such-page
      /peru/es/ /peru/es/ferias-de-empleo-andinas /peru/es/news
      /peru/es/search?q=empleo /peru/es/no-existe
      /mozambique/pt/ /mozambique/pt/abrigos-apos-ciclone /mozambique/pt/news
      /mozambique/pt/search?q=abrigos /mozambique/pt/pagina-inexistente
      """;

  private static final int ARTICLE_LIMIT = 50 * 1024;
  private static final int PHONE_HOME_LIMIT = 150 * 1024;

  private final Browser browser = new Browser(MeridianServer.server());

  @Test
  void everyPageKindInEveryLanguageIsValidHtml() throws IOException, org.xml.sax.SAXException {
    StringBuilder errors = new StringBuilder();
    int checked = 0;
    for (String path : PAGES.trim().split("\\s+")) {
      HttpResponse<String> page = browser.get(path);
      assertThat(page.statusCode()).as(path).isIn(200, 404);
      assertThat(page.body().stripLeading()).as(path).startsWith("<!doctype html>");
      String report = validate(page.body());
      for (JsonValue message :
          ((JsonObject) JsonBodies.parse(report)).getJsonArray("messages")) {
        JsonObject m = message.asJsonObject();
        if ("error".equals(m.getString("type", ""))
            || "non-document-error".equals(m.getString("type", ""))) {
          errors
              .append(path)
              .append(':')
              .append(m.getInt("lastLine", 0))
              .append(": ")
              .append(m.getString("message", ""))
              .append('\n');
        }
      }
      checked++;
    }
    assertThat(checked).isEqualTo(25);
    assertThat(errors).as("vnu's errors").isEmpty();
  }

  /** The validator is awake: a page with a known error is reported, so silence above means valid. */
  @Test
  void theValidatorReportsAnInvalidPage() throws IOException, org.xml.sax.SAXException {
    String report = validate("<!doctype html><html lang=en><title>t</title><p><div>x</p>");
    assertThat(report).contains("\"type\":\"error\"");
  }

  /**
   * vnu's report on {@code html} as JSON. The checker walks its HTML schema recursively and needs a
   * deeper stack than a test thread's default (its own command line runs on the main thread): it
   * runs on a thread of its own with 64 MB of stack.
   */
  private static String validate(String html) throws IOException, org.xml.sax.SAXException {
    String[] report = new String[1];
    Exception[] failure = new Exception[1];
    Thread checker =
        new Thread(
            null,
            () -> {
              try {
                EmbeddedValidator validator = new EmbeddedValidator();
                validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
                report[0] =
                    validator.validate(
                        new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
              } catch (IOException | org.xml.sax.SAXException e) {
                failure[0] = e;
              }
            },
            "vnu",
            64L * 1024 * 1024);
    checker.start();
    try {
      checker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (failure[0] instanceof IOException e) {
      throw e;
    }
    if (failure[0] instanceof org.xml.sax.SAXException e) {
      throw e;
    }
    assertThat(report[0]).as("vnu's report").isNotNull();
    return report[0];
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/gambia/en/youth-skills-centre-opens",
        "/senegal/fr/rencontre-diaspora",
        "/jordan/ar/water-for-host-towns",
        "/peru/es/ferias-de-empleo-andinas",
        "/mozambique/pt/abrigos-apos-ciclone"
      })
  void anArticlesHtmlAndCssWeighAtMost50Kb(String path) {
    HttpResponse<byte[]> page = browser.getBytes(path, Map.of());
    assertThat(page.statusCode()).as(path).isEqualTo(200);
    Document html =
        Jsoup.parse(new String(page.body(), StandardCharsets.UTF_8), page.uri().toString());
    List<String> stylesheets = html.select("link[rel=stylesheet]").eachAttr("href");
    assertThat(stylesheets).as("the theme's CSS").isNotEmpty();
    long bytes = page.body().length;
    for (String stylesheet : stylesheets) {
      HttpResponse<byte[]> css = browser.getBytes(stylesheet, Map.of());
      assertThat(css.statusCode()).as(stylesheet).isEqualTo(200);
      bytes += css.body().length;
    }
    assertThat(bytes).as("%s: HTML and CSS, uncompressed, in bytes", path).isPositive();
    assertThat(bytes).as("%s: HTML and CSS, uncompressed, in bytes", path).isLessThanOrEqualTo(ARTICLE_LIMIT);
  }

  /**
   * A phone 390 CSS pixels wide at 3 device pixels each (a current mid-range phone), with an empty
   * cache: everything Chromium fetches for the home until the network has been quiet for a second
   * — document, CSS, icons, and the pictures it chose from each {@code srcset} — counted as sent
   * (compressed where the server compresses, headers included).
   */
  @ParameterizedTest
  @ValueSource(strings = {"/gambia/en/", "/senegal/fr/", "/jordan/ar/", "/peru/es/", "/mozambique/pt/"})
  void aFirstVisitOfTheHomeOnA390PxPhoneFetchesAtMost150Kb(String path) throws IOException {
    Chromium.requireInstalled();
    try (Chromium chromium = Chromium.start()) {
      ChromeDriver phone = chromium.driver();
      phone.executeCdpCommand("Network.enable", Map.of());
      phone.executeCdpCommand("Network.clearBrowserCache", Map.of());
      phone.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of("width", 390, "height", 844, "deviceScaleFactor", 3, "mobile", true));
      phone.get(MeridianServer.server().uri(path).toString());
      List<Object> fetched = quietResources(phone);
      long bytes = 0;
      StringBuilder what = new StringBuilder();
      for (Object entry : fetched) {
        @SuppressWarnings("unchecked")
        Map<String, Object> resource = (Map<String, Object>) entry;
        long size = ((Number) resource.get("size")).longValue();
        bytes += size;
        what.append(resource.get("name")).append(' ').append(size).append('\n');
      }
      assertThat(fetched).as("the document and its CSS at least").hasSizeGreaterThanOrEqualTo(2);
      assertThat(bytes).as("%s on a 390 px phone, bytes fetched:%n%s", path, what).isPositive();
      assertThat(bytes)
          .as("%s on a 390 px phone, bytes fetched:%n%s", path, what)
          .isLessThanOrEqualTo(PHONE_HOME_LIMIT);
    }
  }

  /**
   * The document and every resource the page fetched (Resource Timing: all same-origin, so sizes
   * are visible), once their number has stayed the same for a second after the load event.
   */
  private static List<Object> quietResources(ChromeDriver phone) {
    String entries =
        "return [performance.getEntriesByType('navigation')[0]]"
            + ".concat(performance.getEntriesByType('resource'))"
            + ".map(e => ({name: e.name, size: e.transferSize}));";
    long[] last = {-1, 0};
    return new WebDriverWait(phone, Duration.ofSeconds(30))
        .pollingEvery(Duration.ofMillis(250))
        .until(
            driver -> {
              if (!"complete".equals(phone.executeScript("return document.readyState"))) {
                return null;
              }
              @SuppressWarnings("unchecked")
              List<Object> now = (List<Object>) phone.executeScript(entries);
              if (now.size() != last[0]) {
                last[0] = now.size();
                last[1] = System.nanoTime();
                return null;
              }
              return System.nanoTime() - last[1] >= 1_000_000_000L ? now : null;
            });
  }
}
