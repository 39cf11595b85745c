package org.meridian.it.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The editor's body tools (issue 17, {@code editor-tools.js}): an image of the media library, a
 * table, a link to an item found by its title, a video link card. Each puts its block where the
 * cursor is in the body.
 */
public final class BodyTools {

  private final WebDriver driver;

  public BodyTools(WebDriver driver) {
    this.driver = driver;
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  /** Puts the cursor at the end of the body's text. */
  public BodyTools cursorAtEnd() {
    WebElement body =
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ql-editor")));
    body.click();
    body.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
    return this;
  }

  private WebElement open(String tool) {
    driver.findElement(By.cssSelector("button[data-body-tool=" + tool + "]")).click();
    return waiting()
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("body-tool-" + tool)));
  }

  /**
   * Chooses the first image of the library, with {@code alt} (empty: none typed, the decorative box
   * left as the library says) and {@code caption}; what the panel then says ("" when it closed).
   */
  public String insertFirstImage(String alt, String caption) {
    WebElement panel = open("image");
    Select images = new Select(driver.findElement(By.id("inline-image")));
    String value =
        images.getOptions().stream()
            .map(o -> o.getAttribute("value"))
            .filter(v -> !v.isEmpty())
            .findFirst()
            .orElseThrow(() -> new AssertionError("the library offers no picture"));
    images.selectByValue(value);
    WebElement altField = driver.findElement(By.id("inline-image-alt"));
    altField.clear();
    altField.sendKeys(alt);
    WebElement decorative = driver.findElement(By.id("inline-image-decorative"));
    if (decorative.isSelected()) {
      decorative.click();
    }
    WebElement captionField = driver.findElement(By.id("inline-image-caption"));
    captionField.clear();
    captionField.sendKeys(caption);
    panel.findElement(By.cssSelector("button[data-tool-insert=image]")).click();
    return panel.isDisplayed()
        ? panel.findElement(By.cssSelector("[data-tool-error]")).getText()
        : "";
  }

  /** Writes a table: one line per row, cells separated by "|", the first line the header row. */
  public BodyTools insertTable(String lines) {
    WebElement panel = open("table");
    WebElement cells = driver.findElement(By.id("inline-table-cells"));
    cells.clear();
    cells.sendKeys(lines);
    panel.findElement(By.cssSelector("button[data-tool-insert=table]")).click();
    waiting().until(ExpectedConditions.invisibilityOf(panel));
    return this;
  }

  /** Searches the office's items for {@code words} and links the first found (its title). */
  public BodyTools linkItem(String words) {
    open("item-link");
    driver.findElement(By.id("inline-item-search")).sendKeys(words);
    WebElement first =
        waiting()
            .until(
                ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#inline-item-results button[data-item-href]")));
    first.click();
    waiting()
        .until(ExpectedConditions.invisibilityOfElementLocated(By.id("body-tool-item-link")));
    return this;
  }

  /** The titles the link picker found for {@code words}. */
  public List<String> searchItems(String words) {
    open("item-link");
    WebElement search = driver.findElement(By.id("inline-item-search"));
    search.clear();
    search.sendKeys(words);
    waiting()
        .until(
            ExpectedConditions.presenceOfElementLocated(By.cssSelector("#inline-item-results li")));
    return driver.findElements(By.cssSelector("#inline-item-results button")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
