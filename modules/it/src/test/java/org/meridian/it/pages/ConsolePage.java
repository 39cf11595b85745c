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

  /** Signs out from the console's header; the sign-in page follows. */
  public SignInPage signOut() {
    pressAndWait(By.id("signout:signout-button"));
    return new SignInPage(driver, server);
  }
}
