package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console's screens in a real browser (Debian's headless Chromium), checked with axe-core
 * against WCAG 2.1 A and AA ({@link Axe}): zero violations is the bar. The public pages: {@link
 * PublicAccessibilityIT}. {@code .ci/run} installs Chromium; without it these tests are skipped
 * with a message.
 */
@ExtendWith(MeridianServer.class)
class AccessibilityIT {

  private static ChromeDriver browser;

  @BeforeAll
  static void startBrowser() throws IOException {
    org.meridian.it.pages.Chromium.requireInstalled();
    browser = org.meridian.it.pages.Chromium.start().driver();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private static void open(String path) {
    browser.get(MeridianServer.server().uri(path).toString());
  }

  private static void assertNoViolations(String page) {
    Axe.assertNoViolations(browser, page, Axe.WCAG);
  }

  /** The id of the first item the dashboard links to the editor (HQ's content). */
  private static String firstItemOnTheDashboard() {
    open("/admin/index.xhtml");
    String href = browser.findElement(By.cssSelector("#content a.edit-link")).getAttribute("href");
    return href.substring(href.indexOf("item=") + 5);
  }

  @Test
  void consolePagesHaveNoViolations() {
    open("/admin/index.xhtml");
    browser.findElement(By.id("j_username")).sendKeys("hq.admin@meridian.example.org");
    browser.findElement(By.id("j_password")).sendKeys(MeridianServer.DEMO_PASSWORD);
    browser.findElement(By.id("sign-in")).click();
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(ExpectedConditions.urlContains("/admin/index.xhtml"));
    // The items are HQ's: their pages say ?office=hq, because the ?office=gambia pages before them
    // move an HQ administrator's console into the Gambia.
    for (String path :
        List.of(
            "/admin/index.xhtml",
            "/admin/offices.xhtml",
            "/admin/network.xhtml",
            "/admin/health.xhtml?of=gambia",
            "/admin/alerts.xhtml",
            "/admin/settings.xhtml?office=gambia",
            "/admin/people.xhtml",
            "/admin/audit.xhtml",
            "/admin/outbox.xhtml",
            "/admin/inbox.xhtml",
            "/admin/password.xhtml",
            "/admin/language.xhtml",
            "/admin/media.xhtml",
            "/admin/translations.xhtml",
            "/admin/content/translations.xhtml?item=0",
            "/admin/themes.xhtml",
            "/admin/tags.xhtml?office=gambia",
            "/admin/menus.xhtml?office=gambia",
            "/admin/content/classify.xhtml?office=hq&item=" + classifiableItem(),
            "/admin/content/review.xhtml?office=hq&item=" + firstItemOnTheDashboard(),
            "/admin/content/share.xhtml?office=hq&item=" + firstItemOnTheDashboard(),
            "/admin/shared.xhtml",
            "/admin/reviews.xhtml",
            "/admin/dashboard.xhtml",
            "/admin/review-policy.xhtml?office=gambia",
            "/admin/content/edit.xhtml?type=NEWS&lang=en",
            "/admin/content/edit.xhtml?type=EVENT&lang=en",
            "/admin/content/edit.xhtml?type=PAGE&lang=en",
            "/admin/content/edit.xhtml?office=hq&item=" + firstItemOnTheDashboard())) {
      open(path);
      assertThat(browser.getCurrentUrl()).as("still signed in at %s", path).doesNotContain("login");
      assertThat(browser.findElement(By.tagName("h1")).getText()).as(path).isNotBlank();
      assertNoViolations(path);
    }
    // A file's details panel (HQ's demo picture): preview, details form, where used, delete.
    open("/admin/media.xhtml");
    browser.findElement(By.cssSelector("#media-grid li a")).click();
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(ExpectedConditions.urlContains("media="));
    assertThat(browser.findElements(By.id("details"))).isNotEmpty();
    assertNoViolations("/admin/media.xhtml?media=");
  }

  /**
   * The history of an item (with a comparison and a confirmation), then the trash with that item in
   * it (and the confirmation to delete it for good), as the Gambia's administrator, on an item made
   * for this test and deleted for good at its end.
   */
  @Test
  void historyAndTrashHaveNoViolations() {
    ConsoleSession admin = ConsoleSession.signIn("gambia.admin@meridian.example.org");
    String token = ApiTokenIT.issue(admin, "Accessibility " + System.nanoTime(), "WRITE");
    Browser api = new Browser(MeridianServer.server());
    java.util.Map<String, String> bearer = java.util.Map.of("Authorization", "Bearer " + token);
    var created =
        api.postJson(
            "/api/v1/offices/gambia/items",
            bearer,
            "{\"type\":\"page\",\"language\":\"en\",\"slug\":\"a11y-"
                + Long.toString(System.nanoTime(), 36)
                + "\",\"title\":\"Accessible history\",\"body\":\"<p>One two three.</p>\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id =
        ((jakarta.json.JsonObject) JsonBodies.parse(created.body()))
            .getJsonNumber("id")
            .longValue();
    ApiSaves.put(
        "/api/v1/offices/gambia/items/" + id,
        token,
        "{\"basedOnRevision\":1,\"title\":\"Accessible history\","
            + "\"body\":\"<p>One four three.</p><p>Five.</p>\"}");

    browser.manage().deleteAllCookies();
    try {
      open("/admin/content/history.xhtml?item=" + id);
      browser.findElement(By.id("j_username")).sendKeys("gambia.admin@meridian.example.org");
      browser.findElement(By.id("j_password")).sendKeys(MeridianServer.DEMO_PASSWORD);
      browser.findElement(By.id("sign-in")).click();
      new WebDriverWait(browser, Duration.ofSeconds(15))
          .until(ExpectedConditions.presenceOfElementLocated(By.id("compare-button")));
      assertNoViolations("/admin/content/history.xhtml");
      browser.findElement(By.id("compare-button")).click();
      new WebDriverWait(browser, Duration.ofSeconds(15))
          .until(ExpectedConditions.presenceOfElementLocated(By.id("diff")));
      assertThat(browser.findElements(By.cssSelector("#diff ins"))).isNotEmpty();
      assertNoViolations("/admin/content/history.xhtml with a comparison");
      clickAndWaitForTheAnswer(By.cssSelector("input[id$=':restore']"));
      assertNoViolations("/admin/content/history.xhtml asking to restore");
      clickAndWaitForTheAnswer(By.id("trash:move-to-trash"));
      assertNoViolations("/admin/content/history.xhtml asking to move to the trash");
      clickAndWaitForTheAnswer(By.id("trash:confirm-trash-button"));

      open("/admin/trash.xhtml");
      assertNoViolations("/admin/trash.xhtml");
      var purge =
          browser.findElements(By.cssSelector("tr.trashed")).stream()
              .filter(row -> row.getText().contains("Accessible history"))
              .findFirst()
              .orElseThrow()
              .findElement(By.cssSelector("input[id$=':purge']"));
      purge.click();
      ElementGone.waitUntilGone(browser, purge);
      assertNoViolations("/admin/trash.xhtml asking to delete for good");
      browser.findElement(By.id("trash:confirm-purge-button")).click();
      new WebDriverWait(browser, Duration.ofSeconds(15))
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("messages"), "deleted for good"));
    } finally {
      browser.manage().deleteAllCookies();
    }
  }

  /** Presses a button of a plain form and waits until the page it posted to has replaced it. */
  private static void clickAndWaitForTheAnswer(By button) {
    var pressed = browser.findElement(button);
    pressed.click();
    ElementGone.waitUntilGone(browser, pressed);
  }

  @Test
  void translationScreensHaveNoViolations() {
    browser.manage().deleteAllCookies();
    open("/admin/index.xhtml");
    browser.findElement(By.id("j_username")).sendKeys("senegal.editor@meridian.example.org");
    browser.findElement(By.id("j_password")).sendKeys(MeridianServer.DEMO_PASSWORD);
    browser.findElement(By.id("sign-in")).click();
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(ExpectedConditions.urlContains("/admin/index.xhtml"));
    open("/admin/translations.xhtml");
    assertNoViolations("/admin/translations.xhtml (Senegal)");
    // An outdated translation side by side with its source (the demo's English "Our work").
    String sideBySide =
        browser.findElements(By.cssSelector("#outdated a")).stream()
            .map(a -> a.getAttribute("href"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("Senegal has outdated translations"));
    browser.get(sideBySide);
    assertThat(browser.findElements(By.cssSelector(".side-by-side"))).isNotEmpty();
    assertNoViolations(sideBySide);
    browser.manage().deleteAllCookies();
  }

  /**
   * The sign-in and reset pages in French and in Arabic (right to left), as a browser asking for
   * that language sees them.
   */
  @ParameterizedTest
  @ValueSource(strings = {"fr", "ar"})
  void signInPagesInFrenchAndArabicHaveNoViolations(String language) {
    browser.manage().deleteAllCookies();
    browser.executeCdpCommand("Network.enable", java.util.Map.of());
    browser.executeCdpCommand(
        "Network.setExtraHTTPHeaders",
        java.util.Map.of("headers", java.util.Map.of("Accept-Language", language)));
    try {
      for (String path : List.of("/admin/login.xhtml", "/admin/reset.xhtml")) {
        open(path);
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang"))
            .as(path)
            .isEqualTo(language);
        assertNoViolations(path + " in " + language);
      }
    } finally {
      browser.executeCdpCommand(
          "Network.setExtraHTTPHeaders", java.util.Map.of("headers", java.util.Map.of()));
    }
  }

  /**
   * Console screens in French (Senegal's French-speaking editor) and Arabic (right to left), among
   * them Shared with us, a shared copy's changes and its Share tab.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "senegal.francophone@meridian.example.org fr ltr",
        "gambia.arabophone@meridian.example.org ar rtl"
      })
  void consoleInFrenchAndArabicHasNoViolations(String personLanguageDirection) {
    String[] words = personLanguageDirection.split(" ");
    browser.manage().deleteAllCookies();
    open("/admin/index.xhtml");
    browser.findElement(By.id("j_username")).sendKeys(words[0]);
    browser.findElement(By.id("j_password")).sendKeys(MeridianServer.DEMO_PASSWORD);
    browser.findElement(By.id("sign-in")).click();
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(ExpectedConditions.urlContains("/admin/index.xhtml"));
    try {
      for (String path :
          List.of(
              "/admin/index.xhtml",
              "/admin/dashboard.xhtml",
              "/admin/content/edit.xhtml?type=NEWS&lang=" + (words[1].equals("fr") ? "fr" : "en"),
              "/admin/media.xhtml",
              "/admin/language.xhtml",
              "/admin/shared.xhtml",
              "/admin/shared.xhtml?item=" + sharedCopy(),
              "/admin/content/share.xhtml?item=" + sharedCopy())) {
        open(path);
        var html = browser.findElement(By.tagName("html"));
        assertThat(html.getAttribute("lang")).as(path).isEqualTo(words[1]);
        assertThat(html.getAttribute("dir")).as(path).isEqualTo(words[2]);
        assertNoViolations(path + " in " + words[1]);
      }
    } finally {
      browser.manage().deleteAllCookies();
    }
  }

  /**
   * HQ's network screens (network health, one office's site health, network alerts) in French and
   * Arabic: HQ's administrator chooses the language for the test and is put back to English after.
   */
  @ParameterizedTest
  @ValueSource(strings = {"fr ltr", "ar rtl"})
  void hqNetworkScreensInFrenchAndArabicHaveNoViolations(String languageDirection) {
    String[] words = languageDirection.split(" ");
    browser.manage().deleteAllCookies();
    open("/admin/index.xhtml");
    browser.findElement(By.id("j_username")).sendKeys("hq.admin@meridian.example.org");
    browser.findElement(By.id("j_password")).sendKeys(MeridianServer.DEMO_PASSWORD);
    browser.findElement(By.id("sign-in")).click();
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(ExpectedConditions.urlContains("/admin/index.xhtml"));
    try {
      chooseConsoleLanguage(words[0]);
      for (String path :
          List.of("/admin/network.xhtml", "/admin/health.xhtml?of=gambia", "/admin/alerts.xhtml")) {
        open(path);
        var html = browser.findElement(By.tagName("html"));
        assertThat(html.getAttribute("lang")).as(path).isEqualTo(words[0]);
        assertThat(html.getAttribute("dir")).as(path).isEqualTo(words[1]);
        assertThat(browser.getPageSource()).as(path).doesNotContain("???");
        assertNoViolations(path + " in " + words[0]);
      }
    } finally {
      chooseConsoleLanguage("en");
      browser.manage().deleteAllCookies();
    }
  }

  /** Saves the signed-in person's console language on the Language screen. */
  private static void chooseConsoleLanguage(String language) {
    open("/admin/language.xhtml");
    new org.openqa.selenium.support.ui.Select(
            browser.findElement(By.id("console-language:language")))
        .selectByValue(language);
    browser.findElement(By.id("console-language:save")).click();
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[id='console-language:done'] li")));
  }

  /**
   * The id of a copy that HQ or the region shared with the browser's office (the demo shares some
   * at start, in the background), from the Shared with us list.
   */
  private static String sharedCopy() {
    return new WebDriverWait(browser, Duration.ofSeconds(60))
        .until(
            b -> {
              open("/admin/shared.xhtml");
              return b.findElements(By.cssSelector("#shared tbody th a")).stream()
                  .map(a -> a.getAttribute("href"))
                  .map(href -> href.substring(href.indexOf("item=") + 5))
                  .findFirst()
                  .orElse(null);
            });
  }

  /** The id of an item of the office the browser works in, from the content list's links. */
  private static String classifiableItem() {
    open("/admin/index.xhtml");
    String href = browser.findElements(By.cssSelector("a.classify")).get(0).getAttribute("href");
    return href.substring(href.indexOf("item=") + 5);
  }
}
