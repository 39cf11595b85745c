package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridian.it.pages.Chromium;
import org.meridian.it.pages.PeoplePage;
import org.meridian.it.pages.SignInPage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Invitations say the truth, in the browser: on the suite server (which sends mail) "Invitation
 * sent"; on {@code node-b}, which has no mail server, no claim that anything was sent and the link
 * to give by hand, which opens the set-password page. Skipped without Chromium.
 */
@NeedsSecondServer
@ExtendWith(MeridianServer.class)
class InvitationsWithoutMailIT {

  private static final String GAMBIA_ADMIN = "gambia.admin@meridian.example.org";

  private static Chromium chromium;
  private static WebDriver driver;

  @BeforeAll
  static void startBrowser() throws IOException {
    Chromium.requireInstalled();
    chromium = Chromium.start();
    driver = chromium.driver();
  }

  @AfterAll
  static void stopBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  private static String newAddress(String who) {
    return who + "." + Long.toString(System.nanoTime(), 36) + "@example.org";
  }

  private static PeoplePage people(URI server) {
    driver.manage().deleteAllCookies();
    SignInPage.openConsole(driver, server).signInAs(GAMBIA_ADMIN, MeridianServer.DEMO_PASSWORD);
    return PeoplePage.open(driver, server);
  }

  @Test
  void withAMailServerTheInvitationIsSentAndNoLinkIsShown() {
    String email = newAddress("mailed");
    PeoplePage page = people(MeridianServer.server().uri("/")).invite(email, "Mailed", "EDITOR");
    assertThat(page.messages()).contains("Invitation sent to " + email);
    assertThat(page.invitationLink()).isEmpty();
  }

  @Test
  void withoutAMailServerNothingClaimsToBeSentAndTheLinkIsShownToCopy() {
    URI nodeB = MeridianServer.second().uri("/");
    String email = newAddress("unmailed");
    PeoplePage page = people(nodeB).invite(email, "Not Mailed", "EDITOR");

    assertThat(page.messages())
        .doesNotContain("Invitation sent")
        .contains("no e-mail was sent")
        .contains("Copy the link");
    String link = page.invitationLink().orElseThrow(() -> new AssertionError(page.messages()));
    assertThat(link).contains("/admin/welcome.xhtml?token=");
    assertThat(page.invitationLinkLabel()).contains(email);

    // A new link for the same person: shown too, and the one before no longer opens.
    page.newInvitationLink(email);
    String second = page.invitationLink().orElseThrow(() -> new AssertionError(page.messages()));
    assertThat(second).isNotEqualTo(link);
    assertThat(page.messages()).contains("no e-mail was sent");

    // The link works: the invited person sets a password with it.
    driver.manage().deleteAllCookies();
    URI given = URI.create(second);
    driver.get(nodeB.resolve(given.getRawPath() + "?" + given.getRawQuery()).toString());
    driver.findElement(By.id("welcome:new")).sendKeys("a long enough passphrase");
    driver.findElement(By.id("welcome:repeated")).sendKeys("a long enough passphrase");
    driver.findElement(By.id("welcome:save")).click();
    assertThat(
            new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("done")))
                .getText())
        .isNotBlank();

    // Someone who already has an account gets no link: the screen says to tell them.
    PeoplePage again = people(nodeB).invite(email, "", "PUBLISHER");
    assertThat(again.messages())
        .doesNotContain("Invitation sent")
        .contains("No e-mail was sent")
        .contains("tell them yourself");
    assertThat(again.invitationLink()).isEmpty();
  }
}
