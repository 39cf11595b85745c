package org.meridian.it.pages;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every screen of the console has: the page's heading, its messages, the header. */
public abstract class ConsolePage {

  protected final WebDriver driver;
  protected final URI server;

  protected ConsolePage(WebDriver driver, URI server) {
    this.driver = driver;
    this.server = server;
  }

  protected void open(String path) {
    driver.get(server.resolve(path).toString());
  }

  protected WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  /** Presses a button that posts a plain form and waits until the answer has replaced the page. */
  protected void pressAndWait(By button) {
    WebElement pressed = driver.findElement(button);
    markThisPage();
    pressed.click();
    awaitAnotherPage();
  }

  /** Marks the document now shown, so that {@link #awaitAnotherPage} sees it replaced. */
  protected void markThisPage() {
    ((JavascriptExecutor) driver)
        .executeScript("document.documentElement.setAttribute('data-left-behind', 'true')");
  }

  /**
   * Waits until another document than the marked one has loaded: after a navigation, or after an
   * upload's answer was written over the page. (Element staleness is not reliable while Chromium is
   * navigating: it may answer with another error.)
   */
  protected void awaitAnotherPage() {
    waiting()
        .ignoring(WebDriverException.class)
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return document.readyState === 'complete' && document.documentElement"
                                + " && !document.documentElement.hasAttribute('data-left-behind')")));
  }

  public String heading() {
    return driver.findElement(By.tagName("h1")).getText();
  }

  /** The page's messages at the top (and the expired-view notice), as one text. */
  public String messages() {
    return driver.findElements(By.cssSelector("#messages li, #messages, .notice, .error")).stream()
        .map(WebElement::getText)
        .distinct()
        .collect(Collectors.joining("\n"));
  }

  /** The message shown on one field of a form, or "". */
  public String fieldMessage(String fieldId) {
    List<WebElement> field = driver.findElements(By.id(fieldId));
    if (field.isEmpty()) {
      return "";
    }
    return driver
        .findElements(
            By.xpath(
                "//*[@id='"
                    + fieldId
                    + "']/ancestor::div[contains(@class,'field')][1]"
                    + "//*[contains(@class,'field-error')]"))
        .stream()
        .map(WebElement::getText)
        .collect(Collectors.joining(" "));
  }

  public String currentPath() {
    URI at = URI.create(driver.getCurrentUrl());
    return at.getRawPath() + (at.getRawQuery() == null ? "" : "?" + at.getRawQuery());
  }

  /** Whether the server answered "not found" instead of a console screen. */
  public boolean isNotFound() {
    return driver.getTitle().contains("not found") || heading().contains("not found");
  }

  /** Presses Tab, as a keyboard user does, on whatever has the focus now. */
  public void pressTab() {
    new org.openqa.selenium.interactions.Actions(driver)
        .sendKeys(org.openqa.selenium.Keys.TAB)
        .perform();
  }

  /** The id of the element with the keyboard focus ("" for none, or for one without an id). */
  public String focusedId() {
    Object id =
        ((JavascriptExecutor) driver)
            .executeScript("return document.activeElement ? document.activeElement.id : ''");
    return id == null ? "" : id.toString();
  }

  /** How the element with the focus shows it now. */
  public FocusRing focusRing() {
    @SuppressWarnings("unchecked")
    List<Object> ring =
        (List<Object>)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "var e = document.activeElement, s = getComputedStyle(e);"
                        + "var n = e.parentElement, bg = 'rgb(255, 255, 255)';"
                        + "for (; n; n = n.parentElement) { var c = getComputedStyle(n).backgroundColor;"
                        + "  if (c && c !== 'transparent' && !/^rgba\\(.*,\\s*0\\)$/.test(c)) { bg = c; break; } }"
                        + "return [e.id || (e.tagName + (e.className ? '.' + e.className : '')),"
                        + " s.outlineStyle, parseFloat(s.outlineWidth) || 0, s.outlineColor, bg];");
    return new FocusRing(
        String.valueOf(ring.get(0)),
        String.valueOf(ring.get(1)),
        ((Number) ring.get(2)).doubleValue(),
        String.valueOf(ring.get(3)),
        String.valueOf(ring.get(4)));
  }

  /**
   * Presses Tab from the top of the page up to {@code presses} times, and says how each stop showed
   * its focus.
   */
  public List<FocusRing> tabThrough(int presses) {
    ((JavascriptExecutor) driver)
        .executeScript("if (document.activeElement) document.activeElement.blur();");
    List<FocusRing> rings = new java.util.ArrayList<>();
    for (int i = 0; i < presses; i++) {
      pressTab();
      if (!"BODY".equals(
          ((JavascriptExecutor) driver).executeScript("return document.activeElement.tagName"))) {
        rings.add(focusRing());
      }
    }
    return rings;
  }

  /** Signs out from the console's header; the sign-in page follows. */
  public SignInPage signOut() {
    pressAndWait(By.id("signout:signout-button"));
    return new SignInPage(driver, server);
  }
}
