package org.meridian.it.pages;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
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

  /** Opens the editor for a new item of {@code type} in the office's first language. */
  public static EditorPage openNew(WebDriver driver, URI server, String type) {
    EditorPage page = new EditorPage(driver, server);
    page.open("/admin/content/edit.xhtml?type=" + type);
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

  /** Starts a list with the toolbar's button ("bullet" or "ordered") and types its items. */
  public EditorPage typeList(String kind, String... items) {
    WebElement body =
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ql-editor")));
    body.click();
    body.sendKeys(Keys.END);
    body.sendKeys(Keys.ENTER);
    driver.findElement(By.cssSelector("#edit button.ql-list[value=" + kind + "]")).click();
    body.sendKeys(String.join(Keys.ENTER, items));
    return this;
  }

  /** The body as the editor holds it now (HTML), to read when a test fails. */
  public String bodyHtml() {
    return driver.findElement(By.cssSelector(".ql-editor")).getAttribute("innerHTML");
  }

  /** The texts of the body's list items the editor shows as {@code bullet} (or {@code ordered}). */
  public List<String> listItems(String kind) {
    return driver.findElements(By.cssSelector(".ql-editor li[data-list=" + kind + "]")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /**
   * Selects the last {@code characters} typed in the body, presses the toolbar's link button, types
   * the address in the editor's link box and presses Enter there, as a person finishing the link.
   */
  public EditorPage linkLastCharacters(int characters, String address) {
    WebElement body = driver.findElement(By.cssSelector(".ql-editor"));
    body.sendKeys(Keys.END);
    Actions select = new Actions(driver).keyDown(Keys.SHIFT);
    for (int i = 0; i < characters; i++) {
      select = select.sendKeys(Keys.ARROW_LEFT);
    }
    select.keyUp(Keys.SHIFT).perform();
    driver.findElement(By.cssSelector("#edit button.ql-link")).click();
    WebElement box =
        waiting()
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".ql-tooltip.ql-editing input[type=text]")));
    box.sendKeys(address);
    box.sendKeys(Keys.ENTER);
    return this;
  }

  /** The addresses the body's links lead to, as the editor shows them. */
  public List<String> bodyLinks() {
    return driver.findElements(By.cssSelector(".ql-editor a")).stream()
        .map(a -> a.getAttribute("href"))
        .toList();
  }

  /** Puts the focus in the title field, as a click would. */
  public EditorPage focusTitle() {
    driver.findElement(By.id("edit:title")).click();
    return this;
  }

  /**
   * Presses Tab until {@code id} has the focus, at most {@code presses} times; the ids passed, in
   * order (the last one is {@code id} when it was reached).
   */
  public List<String> tabUntil(String id, int presses) {
    List<String> passed = new java.util.ArrayList<>();
    for (int i = 0; i < presses; i++) {
      pressTab();
      passed.add(focusedId());
      if (id.equals(focusedId())) {
        break;
      }
    }
    return passed;
  }

  /** Chooses {@code value} in the type's choice field {@code name} (e.g. a news item's kind). */
  public EditorPage chooseField(String name, String value) {
    new Select(driver.findElement(By.id("edit:field-" + name))).selectByValue(value);
    return this;
  }

  /** Whether the form field {@code id} (e.g. {@code edit:title}) can be read but not changed. */
  public boolean isReadOnly(String id) {
    WebElement field = driver.findElement(By.id(id));
    return field.getAttribute("readonly") != null || !field.isEnabled();
  }

  /** Whether the body's rich-text area takes no typing. */
  public boolean isBodyReadOnly() {
    return "false"
        .equals(
            waiting()
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ql-editor")))
                .getAttribute("contenteditable"));
  }

  /** Why field {@code name} is locked, as the editor says beside it, or "". */
  public String lockedReason(String name) {
    return driver.findElements(By.id("edit:" + name + "-locked")).stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("");
  }

  /** The value of the form field {@code id} as the form shows it (text, or a list's choice). */
  public String value(String id) {
    WebElement field = driver.findElement(By.id(id));
    if ("select".equals(field.getTagName())) {
      return new Select(field).getFirstSelectedOption().getAttribute("value");
    }
    return field.getAttribute("value");
  }

  /**
   * Sets the form field {@code id} to {@code value} as a hand-made request would, also when the
   * page's script hides it (the ids behind the related-items search, say).
   */
  public EditorPage setValue(String id, String value) {
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript(
            "document.getElementById(arguments[0]).value = arguments[1];", id, value);
    return this;
  }

  /** Types {@code text} into the form field {@code id} in place of what it holds. */
  public EditorPage type(String id, String text) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
    return this;
  }

  /** Chooses the first picture of the library as the hero image; its value. */
  public String chooseFirstHeroImage() {
    Select images = new Select(driver.findElement(By.id("edit:heroImage")));
    String value =
        images.getOptions().stream()
            .map(o -> o.getAttribute("value"))
            .filter(v -> !v.isEmpty())
            .findFirst()
            .orElseThrow(() -> new AssertionError("the library offers no picture"));
    images.selectByValue(value);
    return value;
  }

  /** Ticks or clears "Feature on the home page". */
  public EditorPage feature(boolean featured) {
    WebElement box = driver.findElement(By.id("edit:featured"));
    if (box.isSelected() != featured) {
      box.click();
    }
    return this;
  }

  public boolean isFeatured() {
    return driver.findElement(By.id("edit:featured")).isSelected();
  }

  /** The hint under "Feature on the home page" for an item not yet published, or "". */
  public String featuredHint() {
    return driver.findElements(By.id("edit:featured-draft")).stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("");
  }

  /** "Live", "Live, changes waiting" or "Draft". */
  public String state() {
    return driver.findElement(By.id("state")).getText();
  }

  /** The number of the latest revision, as the editor's address line says it. */
  public String itemStateLine() {
    return driver.findElement(By.cssSelector("p.item-state")).getText();
  }

  public EditorPage publish() {
    pressAndWait(By.id("publishing:publish"));
    return this;
  }

  /** The buttons of the publishing form shown to this person (submit, publish, unpublish). */
  public List<String> publishingButtons() {
    return driver.findElements(By.cssSelector("#publishing input[type=submit]")).stream()
        .map(b -> b.getAttribute("id"))
        .toList();
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
