package org.meridian.it.pages;

import java.net.URI;
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
}
