package org.meridian.it.pages;

import java.net.URI;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The content editor ({@code /admin/content/edit.xhtml}) with its media picker. */
public final class EditorPage extends ConsolePage {

  private static final Pattern ITEM = Pattern.compile("[?&]item=([0-9]+)");

  public EditorPage(WebDriver driver, URI server) {
    super(driver, server);
  }

  /** Opens an item by its address, as a bookmark or a pasted link would. */
  public static EditorPage openItem(WebDriver driver, URI server, long itemId) {
    EditorPage page = new EditorPage(driver, server);
    page.open("/admin/content/edit.xhtml?item=" + itemId);
    return page;
  }

  public EditorPage typeTitle(String title) {
    WebElement field = driver.findElement(By.id("edit:title"));
    field.clear();
    field.sendKeys(title);
    return this;
  }

  public String title() {
    return driver.findElement(By.id("edit:title")).getAttribute("value");
  }

  public EditorPage typeSummary(String summary) {
    WebElement field = driver.findElement(By.id("edit:summary"));
    field.clear();
    field.sendKeys(summary);
    return this;
  }

  public String summary() {
    return driver.findElement(By.id("edit:summary")).getAttribute("value");
  }

  /** Types into the rich-text body, once the editor is ready. */
  public EditorPage typeBody(String text) {
    WebElement body =
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ql-editor")));
    body.click();
    body.sendKeys(text);
    return this;
  }

  public String body() {
    return driver.findElement(By.cssSelector(".ql-editor")).getText();
  }

  public EditorPage describeHeroImage(String altText) {
    WebElement field = driver.findElement(By.id("edit:heroAlt"));
    field.clear();
    field.sendKeys(altText);
    return this;
  }

  /**
   * The media picker: chooses {@code image} with the file field (as with the keyboard) and presses
   * "Upload and use as hero image"; the editor comes back with the picker's answer.
   */
  public EditorPage uploadHeroImage(Path image) {
    driver.findElement(By.id("edit:heroUpload")).sendKeys(image.toAbsolutePath().toString());
    pressAndWait(By.id("edit:upload-hero"));
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("edit:title")));
    return this;
  }

  /** The library file chosen as the hero image ("" for none). */
  public String heroImage() {
    return new Select(driver.findElement(By.id("edit:heroImage")))
        .getFirstSelectedOption()
        .getAttribute("value");
  }

  public String heroImageLabel() {
    return new Select(driver.findElement(By.id("edit:heroImage")))
        .getFirstSelectedOption()
        .getText();
  }

  /** "Create draft" or "Save new revision": the editor of the saved item follows. */
  public EditorPage save() {
    pressAndWait(By.id("edit:save"));
    return this;
  }

  /** Presses save without waiting for an editor to come back (e.g. the session has ended). */
  public void pressSave() {
    driver.findElement(By.id("edit:save")).click();
  }

  public EditorPage submitForReview() {
    pressAndWait(By.id("publishing:submit"));
    return this;
  }

  public boolean maySubmit() {
    return !driver.findElements(By.id("publishing:submit")).isEmpty();
  }

  public boolean mayPublish() {
    return !driver.findElements(By.id("publishing:publish")).isEmpty();
  }

  /** Where the item stands in the editorial process ("Draft", "In review", …). */
  public String editorialState() {
    return driver.findElement(By.id("editorial-state")).getText();
  }

  /** The item's number, from the editor's address once it is saved. */
  public long itemId() {
    Matcher m = ITEM.matcher(driver.getCurrentUrl());
    if (!m.find()) {
      throw new AssertionError("not an item's editor: " + driver.getCurrentUrl());
    }
    return Long.parseLong(m.group(1));
  }

  /** The notice the editor shows when it has put back text kept in the browser, or "". */
  public String restoredNotice() {
    return driver.findElements(By.id("draft-restored")).stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("");
  }

  /** The notice of a page opened again after an expired view or session, or "". */
  public String expiredNotice() {
    return driver.findElements(By.id("expired-notice")).stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("");
  }
}
