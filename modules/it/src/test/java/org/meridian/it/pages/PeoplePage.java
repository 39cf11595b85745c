package org.meridian.it.pages;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The people of the office the console works in ({@code /admin/people.xhtml}). */
public final class PeoplePage extends ConsolePage {

  public PeoplePage(WebDriver driver, URI server) {
    super(driver, server);
  }

  /** The page now shown, which must be the people page (e.g. after switching office). */
  public static PeoplePage shown(WebDriver driver, URI server) {
    PeoplePage page = new PeoplePage(driver, server);
    if (!page.currentPath().startsWith("/admin/people.xhtml")) {
      throw new AssertionError("Not the people page: " + page.currentPath());
    }
    return page;
  }

  /** The ids of the links in the console's main navigation, in their order. */
  public List<String> navigation() {
    return driver.findElements(By.cssSelector(".console-header nav.console-nav a")).stream()
        .map(a -> a.getAttribute("href").replaceFirst("^.*/admin/", ""))
        .toList();
  }

  /** The e-mail addresses listed, one per membership. */
  public List<String> people() {
    return driver.findElements(By.cssSelector("tr.person .person-email")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Invites {@code email} as {@code role} (e.g. EDITOR) with the invitation form. */
  public PeoplePage invite(String email, String name, String role) {
    driver.findElement(By.id("invite:email")).sendKeys(email);
    driver.findElement(By.id("invite:name")).sendKeys(name);
    new Select(driver.findElement(By.id("invite:role"))).selectByValue(role);
    pressAndWait(By.id("invite:send"));
    return this;
  }

  /** The office the console works in now, as the office switcher shows it. */
  public String office() {
    return driver.findElement(By.cssSelector("#office option[selected]")).getAttribute("value");
  }
}
