package org.meridian.it.pages;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The console's content list ({@code /admin/index.xhtml}): where signing in lands. */
public final class ContentListPage extends ConsolePage {

  public ContentListPage(WebDriver driver, URI server) {
    super(driver, server);
  }

  /** Opens the list in {@code office} (the office switcher's choice). */
  public static ContentListPage openIn(WebDriver driver, URI server, String office) {
    ContentListPage page = new ContentListPage(driver, server);
    page.open("/admin/index.xhtml?office=" + office);
    return page;
  }

  /** The office the console works in now, as the header or the switcher shows it. */
  public String office() {
    List<WebElement> switcher = driver.findElements(By.cssSelector("#office option[selected]"));
    if (!switcher.isEmpty()) {
      return switcher.get(0).getAttribute("value");
    }
    return driver.findElement(By.cssSelector(".console-header .office")).getText();
  }

  /** The offices the switcher offers, by code (empty when it is not shown). */
  public List<String> switcherOffices() {
    return driver.findElements(By.cssSelector("#office option")).stream()
        .map(o -> o.getAttribute("value"))
        .toList();
  }

  /** Chooses an office in the switcher and switches to it. */
  public ContentListPage switchTo(String office) {
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("office")))
        .selectByValue(office);
    pressAndWait(By.cssSelector("#office-switcher button[type=submit]"));
    return this;
  }

  /** "New news", "New page", …: opens the editor for a new item of that type. */
  public EditorPage startNew(String type) {
    pressAndWait(By.id("new-" + type.toLowerCase(java.util.Locale.ROOT)));
    return new EditorPage(driver, server);
  }

  /** Searches the office's content (drafts included); the list shows what matches. */
  public ContentListPage search(String words) {
    open("/admin/index.xhtml?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
    return this;
  }

  /** What the list says is wrong with the words searched for (e.g. too many), or "". */
  public String searchError() {
    List<WebElement> error = driver.findElements(By.id("filter-q-error"));
    return error.isEmpty() ? "" : error.get(0).getText();
  }

  /** Filters the list by typing in the search field and pressing "Filter", as a person does. */
  public ContentListPage searchByForm(String words) {
    WebElement field = driver.findElement(By.id("filter-q"));
    field.clear();
    field.sendKeys(words);
    pressAndWait(By.id("filter-apply"));
    return this;
  }

  /** The titles of the items the list shows (this page of it). */
  public List<String> titles() {
    return driver.findElements(By.cssSelector("#content a.edit-link")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Searches for {@code title} and opens the editor of the item listed with exactly that title. */
  public EditorPage openTitled(String title) {
    search(title);
    pressAndWait(
        By.xpath("//*[@id='content']//a[contains(@class,'edit-link') and normalize-space()='"
            + title + "']"));
    return new EditorPage(driver, server);
  }
}
