package org.meridian.it.pages;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The people of the current office ({@code /admin/people.xhtml}): invitations and roles. */
public final class PeoplePage extends ConsolePage {

  public PeoplePage(WebDriver driver, URI server) {
    super(driver, server);
  }

  public static PeoplePage open(WebDriver driver, URI server) {
    PeoplePage page = new PeoplePage(driver, server);
    page.open("/admin/people.xhtml");
    return page;
  }

  /** The page now shown, which must be the people page (e.g. after switching office). */
  public static PeoplePage shown(WebDriver driver, URI server) {
    PeoplePage page = new PeoplePage(driver, server);
    if (!page.currentPath().startsWith("/admin/people.xhtml")) {
      throw new AssertionError("Not the people page: " + page.currentPath());
    }
    return page;
  }

  /** Fills in the invitation form and presses "Send invitation". */
  public PeoplePage invite(String email, String name, String roleValue) {
    WebElement address = driver.findElement(By.id("invite:email"));
    address.clear();
    address.sendKeys(email);
    WebElement who = driver.findElement(By.id("invite:name"));
    who.clear();
    who.sendKeys(name);
    new Select(driver.findElement(By.id("invite:role"))).selectByValue(roleValue);
    pressAndWait(By.id("invite:send"));
    return this;
  }

  /** Presses "New invitation link" in the row of {@code email}. */
  public PeoplePage newInvitationLink(String email) {
    pressAndWait(
        By.xpath(
            "//tr[.//span[@class='person-email' and normalize-space()='"
                + email
                + "']]//input[contains(@id,'resend')]"));
    return this;
  }

  /** The invitation link the screen shows to copy (when no e-mail goes out), if any. */
  public Optional<String> invitationLink() {
    return driver.findElements(By.id("invitation-link")).stream()
        .map(field -> field.getAttribute("value"))
        .findFirst();
  }

  /** The label of the link to copy (whom it is for). */
  public String invitationLinkLabel() {
    return driver.findElement(By.cssSelector("label[for=invitation-link]")).getText();
  }

  /** The pages the console's main navigation links to (e.g. {@code people.xhtml}), in order. */
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

  /** The office the console works in now, as the office switcher shows it. */
  public String office() {
    return driver.findElement(By.cssSelector("#office option[selected]")).getAttribute("value");
  }
}
