package org.meridian.it.pages;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** One item's review ({@code /admin/content/review.xhtml?item=N}): approve, publish, comment. */
public final class ReviewPage extends ConsolePage {

  public ReviewPage(WebDriver driver, URI server) {
    super(driver, server);
  }

  public static ReviewPage open(WebDriver driver, URI server, long itemId) {
    ReviewPage page = new ReviewPage(driver, server);
    page.open("/admin/content/review.xhtml?item=" + itemId);
    return page;
  }

  public String itemTitle() {
    return driver.findElement(By.id("item-title")).getText();
  }

  public String state() {
    return driver.findElement(By.id("state")).getText();
  }

  /** The steps the signed-in person may take now (APPROVE, PUBLISH, REQUEST_CHANGES, …). */
  public List<String> steps() {
    return driver.findElements(By.cssSelector("#review input[data-step]")).stream()
        .map(b -> b.getAttribute("data-step"))
        .toList();
  }

  public ReviewPage comment(String text) {
    WebElement field = driver.findElement(By.id("review:comment"));
    field.clear();
    field.sendKeys(text);
    return this;
  }

  /** Takes a step by pressing its button; the review comes back with what happened. */
  public ReviewPage take(String step) {
    pressAndWait(By.cssSelector("#review input[data-step=" + step + "]"));
    return this;
  }

  /** "1 of 2": the approvals the revision has and needs, while it is in review. */
  public String approvals() {
    return driver.findElement(By.id("approvals")).getText();
  }

  /** The sentence naming who can give the next approval, while the item waits for one. */
  public String nextApprovers() {
    return driver.findElement(By.id("next-approvers")).getText();
  }
}
