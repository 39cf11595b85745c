package org.meridian.it.pages;

import java.net.URI;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** An item on an office's public site ({@code /office/lang/slug}), as a visitor sees it. */
public final class PublicArticlePage {

  private final WebDriver driver;

  private PublicArticlePage(WebDriver driver) {
    this.driver = driver;
  }

  public static PublicArticlePage open(
      WebDriver driver, URI server, String office, String language, String slug) {
    driver.get(server.resolve("/" + office + "/" + language + "/" + slug).toString());
    return new PublicArticlePage(driver);
  }

  public String heading() {
    return driver.findElement(By.tagName("h1")).getText();
  }

  public String text() {
    return driver.findElement(By.tagName("main")).getText();
  }

  /** The hero image, if the page has one. */
  public Optional<WebElement> heroImage() {
    return driver.findElements(By.cssSelector("figure.hero img")).stream().findFirst();
  }

  /** Whether the hero image has actually loaded in the browser (its file was served). */
  public boolean heroImageLoaded() {
    return heroImage()
        .map(
            img ->
                Boolean.TRUE.equals(
                    ((org.openqa.selenium.JavascriptExecutor) driver)
                        .executeScript(
                            "return arguments[0].complete && arguments[0].naturalWidth > 0", img)))
        .orElse(false);
  }

  /** The kind of list ({@code ul} or {@code ol}) holding the item that reads {@code text}. */
  public String listHolding(String text) {
    return driver
        .findElement(By.xpath("//main//li[normalize-space()='" + text + "']/parent::*"))
        .getTagName();
  }
}
