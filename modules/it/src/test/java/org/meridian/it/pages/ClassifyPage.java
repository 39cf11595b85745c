package org.meridian.it.pages;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The themes and tags of one item ({@code /admin/content/classify.xhtml?item=N}). */
public final class ClassifyPage extends ConsolePage {

  public ClassifyPage(WebDriver driver, URI server) {
    super(driver, server);
  }

  public static ClassifyPage open(WebDriver driver, URI server, long itemId) {
    ClassifyPage page = new ClassifyPage(driver, server);
    page.open("/admin/content/classify.xhtml?item=" + itemId);
    return page;
  }

  /** Types new tags, separated by commas. */
  public ClassifyPage typeNewTags(String names) {
    WebElement field = driver.findElement(By.id("classify:new-tags"));
    field.clear();
    field.sendKeys(names);
    return this;
  }

  /** Adds the office's tag {@code name} to the chosen ones (as Ctrl-click does). */
  public ClassifyPage chooseTag(String name) {
    new Select(driver.findElement(By.id("classify:tags"))).selectByVisibleText(name);
    return this;
  }

  /** Presses "Save themes and tags"; the screen comes back with what happened. */
  public ClassifyPage save() {
    pressAndWait(By.id("classify:save"));
    return this;
  }

  /** The names of the tags chosen now. */
  public List<String> chosenTags() {
    return new Select(driver.findElement(By.id("classify:tags")))
        .getAllSelectedOptions().stream().map(WebElement::getText).toList();
  }
}
