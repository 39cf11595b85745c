package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.meridian.it.pages.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console on a 390 px phone, in English and in Arabic (right to left), for each role: every
 * screen a person can reach from the header, the new-item editors and one item's own screens fits
 * the screen (the document never scrolls sideways; wide tables scroll in their own region) and its
 * heading is on screen. And the content list on a 1280 px laptop: nothing cut, titles on at most
 * two lines.
 */
@ExtendWith(MeridianServer.class)
class ConsoleLayoutIT {

  private static final int PHONE = 390;

  /** The lines an inline element takes: its boxes' distinct tops (a {@code <wbr>} adds a box). */
  private static final String LINES =
      "return new Set(Array.from(arguments[0].getClientRects(), r => Math.round(r.top))).size;";

  private static Chromium chromium;
  private static ChromeDriver browser;

  @BeforeAll
  static void startBrowser() throws IOException {
    Chromium.requireInstalled();
    chromium = Chromium.start();
    browser = chromium.driver();
  }

  @AfterAll
  static void stopBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  private static void open(String address) {
    browser.get(address.startsWith("http") ? address : MeridianServer.server().uri(address).toString());
  }

  private static void viewport(int width, int height, boolean mobile) {
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
  }

  private static void signIn(String email) {
    browser.manage().deleteAllCookies();
    open("/admin/index.xhtml");
    browser.findElement(By.id("j_username")).sendKeys(email);
    browser.findElement(By.id("j_password")).sendKeys(MeridianServer.DEMO_PASSWORD);
    browser.findElement(By.id("sign-in")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.urlContains("/admin/index.xhtml"));
  }

  /** Chooses the console's language on the Language screen, as the person would; returns the old. */
  private static String chooseLanguage(String language) {
    open("/admin/language.xhtml");
    Select choice = new Select(browser.findElement(By.id("console-language:language")));
    String before = choice.getFirstSelectedOption().getAttribute("value");
    choice.selectByValue(language);
    WebElement save = browser.findElement(By.id("console-language:save"));
    save.click();
    // The answer's page, not the one the click was made on: when the language was already the
    // one chosen, the old page passed the wait below while the form was still being sent, and the
    // next page opened was replaced by the answer (CI, 2026-12-08: no #content on the list).
    ElementGone.waitUntilGone(browser, save);
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(
            d ->
                language.equals(
                    browser.executeScript(
                        "return document.readyState === 'complete'"
                            + " ? document.documentElement.lang : null")));
    return before;
  }

  /**
   * The screens this person reaches: the header's links, the new-item editors, and the first
   * listed item's editor and tabs (history, review, translations…) and list actions.
   */
  private static List<String> screens() {
    open("/admin/index.xhtml");
    Set<String> addresses = new LinkedHashSet<>();
    addresses.add(browser.getCurrentUrl());
    for (String selector :
        List.of(
            ".console-header a[href]",
            ".new-content a[href]",
            "#content tbody tr:first-child a.edit-link",
            "#content tbody tr:first-child .row-actions a[href]")) {
      for (WebElement link : browser.findElements(By.cssSelector(selector))) {
        addresses.add(link.getAttribute("href"));
      }
    }
    List<WebElement> item = browser.findElements(By.cssSelector("#content a.edit-link"));
    if (!item.isEmpty()) {
      open(item.get(0).getAttribute("href"));
      for (WebElement tab : browser.findElements(By.cssSelector(".item-tabs a[href]"))) {
        addresses.add(tab.getAttribute("href"));
      }
    }
    addresses.removeIf(a -> !a.contains("/admin/") || a.contains("#"));
    return new ArrayList<>(addresses);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "hq.admin@meridian.example.org",
        "gambia.admin@meridian.example.org",
        "gambia.editor@meridian.example.org",
        "wca.publisher@meridian.example.org"
      })
  void everyScreenFitsAPhoneInEnglishAndArabic(String email) {
    viewport(PHONE, 844, true);
    signIn(email);
    String own = chooseLanguage("en");
    List<String> screens = List.of();
    try {
      screens = screens();
      assertThat(screens).as("screens of %s", email).hasSizeGreaterThan(8);
      List<String> wide = new ArrayList<>();
      for (String language : List.of("en", "ar")) {
        chooseLanguage(language);
        for (String screen : screens) {
          open(screen);
          assertThat(browser.getCurrentUrl()).as("still signed in at %s", screen).doesNotContain("login");
          assertThat(browser.executeScript("return document.documentElement.lang"))
              .as("language of %s", screen)
              .isEqualTo(language);
          @SuppressWarnings("unchecked")
          Map<String, Object> fit =
              (Map<String, Object>)
                  browser.executeScript(
                      "var h = document.querySelector('h1').getBoundingClientRect();"
                          + " return {scroll: document.documentElement.scrollWidth,"
                          + " viewport: window.innerWidth, left: h.left, right: h.right};");
          long scroll = ((Number) fit.get("scroll")).longValue();
          long width = ((Number) fit.get("viewport")).longValue();
          double left = ((Number) fit.get("left")).doubleValue();
          double right = ((Number) fit.get("right")).doubleValue();
          if (width != PHONE || scroll > width || left < 0 || right > width) {
            wide.add(language + " " + screen + ": document " + scroll + " px in " + width
                + ", heading at " + Math.round(left) + "–" + Math.round(right));
          }
          if (screen.contains("/content/edit.xhtml?item=")) {
            leaveEditor(screen);
          }
        }
      }
      assertThat(wide).as("screens wider than a %d px phone for %s", PHONE, email).isEmpty();
    } finally {
      doneEditing(screens);
      chooseLanguage(own);
    }
  }

  /**
   * Leaves the editors this test opened as a person does ("Done editing"), so that no soft lock of
   * this test's is left on an item for other tests to see.
   */
  private static void doneEditing(List<String> screens) {
    for (String screen : screens) {
      if (screen.contains("/content/edit.xhtml?item=")) {
        open(screen);
        leaveEditor(screen);
      }
    }
  }

  /** Presses "Done editing" on the open editor, which releases the person's lock on the item. */
  private static void leaveEditor(String screen) {
    List<WebElement> done = browser.findElements(By.id("lock:done"));
    assertThat(done).as("the editor's 'Done editing' at %s", screen).isNotEmpty();
    done.get(0).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.urlContains("/admin/index.xhtml"));
  }

  @Test
  void theContentListIsReadableOnALaptop() {
    viewport(1280, 900, false);
    signIn("gambia.editor@meridian.example.org");
    chooseLanguage("en");
    open("/admin/index.xhtml");
    @SuppressWarnings("unchecked")
    Map<String, Object> table =
        (Map<String, Object>)
            browser.executeScript(
                "var r = document.querySelector('#content').closest('.table-scroll');"
                    + " return {scroll: r.scrollWidth, width: r.clientWidth};");
    assertThat(((Number) table.get("scroll")).longValue())
        .as("the content list's width at 1280 px (%s): no column cut or scrolled away", table)
        .isLessThanOrEqualTo(((Number) table.get("width")).longValue());
    List<WebElement> cells = browser.findElements(By.cssSelector("#content tbody td"));
    assertThat(cells).isNotEmpty();
    for (WebElement cell : cells) {
      Object clipped =
          browser.executeScript("return arguments[0].scrollWidth > arguments[0].clientWidth;", cell);
      assertThat(clipped).as("cut: %s", cell.getText()).isEqualTo(false);
    }
    // An author's address is shown whole, on at most two lines (broken only before its @).
    for (WebElement author : browser.findElements(By.cssSelector("#content .person-email"))) {
      if (author.getText().contains("@")) {
        Object lines = browser.executeScript(LINES, author);
        assertThat(((Number) lines).intValue()).as("lines of %s", author.getText()).isLessThanOrEqualTo(2);
        assertThat(author.getText().replace("\n", "")).matches("[^@\\s]+@[^@\\s]+\\.[a-z]+");
      }
    }
    for (WebElement title : browser.findElements(By.cssSelector("#content a.edit-link"))) {
      Object lines =
          browser.executeScript(
              LINES,
              title);
      assertThat(((Number) lines).intValue()).as("lines of the title %s", title.getText()).isLessThanOrEqualTo(2);
    }
  }
}
