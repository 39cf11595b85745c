package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridian.it.pages.Chromium;
import org.meridian.it.pages.EditorPage;
import org.meridian.it.pages.SignInPage;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console's Content-Security-Policy runs no inline script without the page's nonce (no {@code
 * 'unsafe-inline'} for scripts; docs/security.md, "Headers"), and the console works under it: the
 * main screens load and a journey — write, publish, take off the site after a confirmation,
 * cancel a confirmation, the settings' live contrast check — goes through with no violation in
 * Chromium's log. Skipped without Chromium (the HTTP checks still run).
 */
@ExtendWith({MeridianServer.class, ConsoleCspIT.PageOnFailure.class})
class ConsoleCspIT {

  private static final String GAMBIA_ADMIN = "gambia.admin@meridian.example.org";
  private static final Pattern SCRIPT_SRC = Pattern.compile("script-src ([^;]*)");
  private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
  private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  private static final String HQ_ADMIN = "hq.admin@meridian.example.org";

  /** The screens of an office administrator of The Gambia. */
  private static final List<String> MAIN_SCREENS =
      List.of(
          "/admin/index.xhtml",
          "/admin/dashboard.xhtml",
          "/admin/content/edit.xhtml?type=NEWS",
          "/admin/media.xhtml",
          "/admin/inbox.xhtml",
          "/admin/reviews.xhtml",
          "/admin/translations.xhtml",
          "/admin/shared.xhtml",
          "/admin/tags.xhtml",
          "/admin/settings.xhtml",
          "/admin/review-policy.xhtml",
          "/admin/people.xhtml",
          "/admin/menus.xhtml",
          "/admin/tokens.xhtml",
          "/admin/audit.xhtml",
          "/admin/trash.xhtml",
          "/admin/health.xhtml",
          "/admin/language.xhtml",
          "/admin/password.xhtml");

  /** HQ's own screens. */
  private static final List<String> HQ_SCREENS =
      List.of(
          "/admin/offices.xhtml",
          "/admin/network.xhtml",
          "/admin/themes.xhtml",
          "/admin/alerts.xhtml",
          "/admin/outbox.xhtml");

  /** An item's own screens, after {@code ?item=}. */
  private static final List<String> ITEM_SCREENS =
      List.of(
          "/admin/content/edit.xhtml",
          "/admin/content/history.xhtml",
          "/admin/content/review.xhtml",
          "/admin/content/schedule.xhtml",
          "/admin/content/classify.xhtml",
          "/admin/content/share.xhtml",
          "/admin/content/translations.xhtml");

  private static Chromium chromium;
  private static WebDriver driver;
  private static URI server;

  @BeforeAll
  static void startBrowser() throws IOException {
    server = MeridianServer.server().uri("/");
    if (Chromium.installed() || "true".equalsIgnoreCase(System.getenv("CI"))) {
      chromium = Chromium.start();
      driver = chromium.driver();
    }
  }

  @AfterAll
  static void stopBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  private static String scriptSources(HttpResponse<String> page) {
    String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
    Matcher scripts = SCRIPT_SRC.matcher(policy);
    assertThat(scripts.find()).as("a script-src in %s", policy).isTrue();
    return scripts.group(1);
  }

  @Test
  void everyInlineScriptOfTheConsoleCarriesThePagesNonceAndNoElementHasAnInlineHandler() {
    checkScreens(ConsoleSession.signIn(GAMBIA_ADMIN), MAIN_SCREENS);
    checkScreens(ConsoleSession.signIn(HQ_ADMIN), HQ_SCREENS);
    HttpResponse<String> signIn = new Browser(MeridianServer.server()).get("/admin/login.xhtml");
    assertThat(scriptSources(signIn)).doesNotContain("unsafe-inline");
  }

  private static void checkScreens(ConsoleSession admin, List<String> screens) {
    String previous = null;
    for (String path : screens) {
      HttpResponse<String> page = admin.get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      String sources = scriptSources(page);
      assertThat(sources).as(path).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
      Matcher nonce = NONCE.matcher(sources);
      assertThat(nonce.find()).as("%s: a nonce in %s", path, sources).isTrue();
      assertThat(nonce.group(1)).as("a new nonce for each page").isNotEqualTo(previous);
      previous = nonce.group(1);

      Document html = Jsoup.parse(page.body());
      for (Element script : html.select("script:not([src])")) {
        assertThat(script.attr("nonce")).as("%s: %s", path, script.outerHtml()).isEqualTo(previous);
      }
      for (Element element : html.getAllElements()) {
        for (Attribute attribute : element.attributes()) {
          assertThat(attribute.getKey())
              .as("%s: %s", path, element.outerHtml())
              .doesNotStartWith("on");
          assertThat(attribute.getValue()).as(path).doesNotStartWith("javascript:");
        }
      }
      for (Element form : html.select("form[method=post]:has(input[name=jakarta.faces.ViewState])")) {
        assertThat(form.select("input[name=primefaces.nonce]").attr("value"))
            .as("%s: the form %s carries the nonce for plain posts", path, form.id())
            .isEqualTo(previous);
      }
    }
  }

  /**
   * A form sent with another nonce than its page's (only by hand) is refused with a 400 before its
   * action runs, never a 500.
   */
  @Test
  void aFormSentWithAnotherNonceIsRefusedAsABadRequest() {
    ConsoleSession admin = ConsoleSession.signIn(GAMBIA_ADMIN);
    Document settings = admin.open("/admin/settings.xhtml");
    String phone = settings.getElementById("settings:phone").attr("value");
    HttpResponse<String> answer =
        admin.press(
            settings,
            "settings",
            java.util.Map.of(
                "primefaces.nonce", "bm90IHRoaXMgcGFnZSdz", "settings:phone", "+220 555 0101"),
            "settings:save");
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at org.");
    assertThat(admin.open("/admin/settings.xhtml").getElementById("settings:phone").attr("value"))
        .as("nothing was saved")
        .isEqualTo(phone);
  }

  @Test
  void theConsoleWorksUnderItsPolicyWithNoViolation() {
    Chromium.requireInstalled();
    driver.manage().deleteAllCookies();
    SignInPage.openConsole(driver, server).signInAs(GAMBIA_ADMIN, MeridianServer.DEMO_PASSWORD);
    for (String path : MAIN_SCREENS) {
      driver.get(server.resolve(path).toString());
      assertThat(driver.findElement(By.tagName("h1")).getText()).as(path).isNotBlank();
      assertThat(chromium.securityPolicyViolations()).as(path).isEmpty();
    }

    // Write and publish (the rich-text editor and PrimeFaces' widgets run under the policy).
    String title = "Under the policy " + Long.toString(UNIQUE.incrementAndGet(), 36);
    EditorPage editor =
        EditorPage.openNew(driver, server, "NEWS")
            .typeTitle(title)
            .typeSummary("Written with no inline script allowed.")
            .typeBody("Every script of this page carries its nonce.")
            .save();
    assertThat(editor.messages()).contains(title);
    long item = editor.itemId();
    for (String path : ITEM_SCREENS) {
      driver.get(server.resolve(path + "?item=" + item).toString());
      assertThat(driver.findElement(By.tagName("h1")).getText()).as(path).isNotBlank();
      assertThat(chromium.securityPolicyViolations()).as(path).isEmpty();
    }
    editor = EditorPage.openItem(driver, server, item);
    editor.publish();
    assertThat(editor.state()).isEqualTo("Live");
    assertThat(chromium.securityPolicyViolations()).as("writing and publishing").isEmpty();

    // A confirmation (data-confirm, the console's own script): cancelled, nothing is sent.
    driver.findElement(By.id("publishing:unpublish")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent());
    assertThat(driver.switchTo().alert().getText()).isNotBlank();
    driver.switchTo().alert().dismiss();
    assertThat(driver.findElement(By.id("state")).getText()).isEqualTo("Live");
    // Accepted: the form is sent and the item goes offline.
    ((JavascriptExecutor) driver)
        .executeScript("document.documentElement.setAttribute('data-left-behind', 'true')");
    driver.findElement(By.id("publishing:unpublish")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent());
    driver.switchTo().alert().accept();
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return document.readyState === 'complete'"
                                + " && !document.documentElement.hasAttribute('data-left-behind')")));
    assertThat(driver.findElement(By.id("state")).getText()).isNotEqualTo("Live");

    // The settings' contrast check answers as the colour is typed (PrimeFaces' Ajax).
    driver.get(server.resolve("/admin/settings.xhtml").toString());
    WebElement colour = driver.findElement(By.id("settings:accentColour"));
    String before = driver.findElement(By.id("settings:contrast")).getText();
    colour.clear();
    colour.sendKeys("#ffff00");
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> !d.findElement(By.id("settings:contrast")).getText().equals(before));
    assertThat(driver.findElement(By.id("settings:contrast")).getText()).startsWith("1.07:1");
    assertThat(chromium.securityPolicyViolations()).as("confirmations and Ajax").isEmpty();

    driver.manage().deleteAllCookies();
    SignInPage.openConsole(driver, server).signInAs(HQ_ADMIN, MeridianServer.DEMO_PASSWORD);
    for (String path : HQ_SCREENS) {
      driver.get(server.resolve(path).toString());
      assertThat(driver.findElement(By.tagName("h1")).getText()).as(path).isNotBlank();
      assertThat(chromium.securityPolicyViolations()).as(path).isEmpty();
    }

    // And the log does report a refusal: an inline script without the nonce, as injected markup
    // would bring, is refused and reported.
    ((JavascriptExecutor) driver)
        .executeScript(
            "var s = document.createElement('script');"
                + " s.textContent = 'document.title = \\'injected\\'';"
                + " document.body.appendChild(s);");
    assertThat(driver.getTitle()).doesNotContain("injected");
    assertThat(chromium.securityPolicyViolations())
        .anySatisfy(m -> assertThat(m).contains("Content Security Policy"));
  }

  static final class PageOnFailure extends org.meridian.it.pages.PageOnFailure {
    PageOnFailure() {
      super("csp", () -> driver);
    }
  }
}
