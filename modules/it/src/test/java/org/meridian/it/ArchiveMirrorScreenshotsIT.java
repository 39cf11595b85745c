package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console's office archives page (HQ; empty, and with an import's report) and static mirror page
 * (of the Gambia, after a writing), in English, French and Arabic, on a 390 px phone and a 1280 px screen: saved as {@code
 * target/screenshots/archives-*} and {@code mirror-*} for a person to look at; each must fit its
 * width, and the Arabic run right to left. The HQ administrator reads the console in each language
 * by choosing it, and gets English back at the end.
 */
@ExtendWith(MeridianServer.class)
class ArchiveMirrorScreenshotsIT {

  private static final String HQ_ADMIN = "hq.admin@meridian.example.org";

  private static org.meridian.it.pages.Chromium chromium;
  private static ChromeDriver browser;
  private static String job;

  @BeforeAll
  static void signInAndWriteAMirror() throws IOException {
    org.meridian.it.pages.Chromium.requireInstalled();
    // A mirror written, so that its page shows what it holds.
    Browser hq = new Browser(MeridianServer.server());
    FacesForms.signedInAt(hq, HQ_ADMIN, "/admin/mirror.xhtml");
    String token = hq.get("/admin/mirror/token").body().strip();
    HttpResponse<String> written =
        hq.postWithHeaders(
            "/admin/mirror/write?office=gambia&base=https://mirror.example.org/gambia",
            Map.of("X-Meridian-Mirror-Token", token),
            "text/plain",
            new byte[0]);
    assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
    // An import's report, for the archives page to show.
    byte[] archive =
        hq.getBytes("/admin/archive/export?office=senegal&liveOnly=true", Map.of()).body();
    String archiveToken = hq.get("/admin/archive/token").body().strip();
    HttpResponse<String> started =
        hq.postWithHeaders(
            "/admin/archive/import?as=screens-senegal",
            Map.of("X-Meridian-Archive-Token", archiveToken),
            "application/zip",
            archive);
    String where =
        started.headers().firstValue("Location").orElse(started.uri().toString());
    assertThat(where).as("the import's page").contains("job=");
    job = where.substring(where.indexOf("job=") + 4);
    for (int i = 0; i < 600 && hq.get("/admin/archive/job?id=" + job).statusCode() != 200; i++) {
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    chromium = org.meridian.it.pages.Chromium.start();
    browser = chromium.driver();
    browser.get(MeridianServer.server().uri("/admin/index.xhtml").toString());
    browser.findElement(By.id("j_username")).sendKeys(HQ_ADMIN);
    browser.findElement(By.id("j_password")).sendKeys(MeridianServer.DEMO_PASSWORD);
    browser.findElement(By.id("sign-in")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.urlContains("/admin/index.xhtml"));
  }

  @AfterAll
  static void englishAgain() {
    if (browser != null) {
      try {
        chooseLanguage("en");
      } finally {
        chromium.close();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "fr", "ar"})
  void theArchivesAndMirrorPagesFitAPhoneAndAWideScreen(String language) {
    chooseLanguage(language);
    for (int width : List.of(390, 1280)) {
      browser.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of(
              "width", width, "height", width == 390 ? 844 : 900, "deviceScaleFactor", 1,
              "mobile", width == 390));
      shoot("/admin/archives.xhtml", "export", "archives-" + language + "-" + width, width);
      shoot(
          "/admin/archives.xhtml?job=" + job,
          "job",
          "archives-report-" + language + "-" + width,
          width);
      // HQ reaches the Gambia's mirror by working in the Gambia.
      browser.get(MeridianServer.server().uri("/admin/index.xhtml?office=gambia").toString());
      shoot("/admin/mirror.xhtml", "state", "mirror-" + language + "-" + width, width);
    }
  }

  private static void shoot(String path, String mustShow, String name, int width) {
    browser.get(MeridianServer.server().uri(path).toString());
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id(mustShow)));
    String lang = (String) browser.executeScript("return document.documentElement.lang");
    String dir = (String) browser.executeScript("return document.dir");
    assertThat(dir).as("%s", name).isEqualTo(lang.equals("ar") ? "rtl" : "ltr");
    assertThat(browser.getPageSource()).as("%s: a missing word", name).doesNotContain("???");
    Number scrollWidth =
        (Number) browser.executeScript("return document.documentElement.scrollWidth");
    assertThat(scrollWidth.intValue()).as("%s fits %d px", name, width).isLessThanOrEqualTo(width);
    // From the top and the start of the line (the right edge, in Arabic).
    browser.executeScript("window.scrollTo(0, 0)");
    java.nio.file.Path png = Screenshots.save(browser, name + ".png");
    // The whole width, edge to edge: a scrollbar on the left (right to left) once cut the right.
    try {
      assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth())
          .as("%s: the shot is as wide as the window", name)
          .isEqualTo(width);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Chooses the console's language on its language page, as the person would. */
  private static void chooseLanguage(String language) {
    browser.get(MeridianServer.server().uri("/admin/language.xhtml").toString());
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("console-language:language")));
    new Select(browser.findElement(By.id("console-language:language"))).selectByValue(language);
    browser.findElement(By.id("console-language:save")).click();
    wait.until(
        d ->
            language.equals(
                ((ChromeDriver) d).executeScript("return document.documentElement.lang")));
  }
}
