package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.meridian.it.pages.BodyTools;
import org.meridian.it.pages.EditorPage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 17's journey in a real browser: The Gambia's editor writes a press release with an image
 * of the media library (refused without alt text first), a table with a header row and a link to
 * one of the office's pages found by its title; publishes it; the site shows the image with its
 * renditions, width and height, the table with its header row and the link to the page; the page
 * is then given a new address, and the press release's link follows it. Skipped without Chromium.
 */
@ExtendWith(MeridianServer.class)
class EditorBodyJourneyIT {

  private static final String GAMBIA_EDITOR = "gambia.editor@meridian.example.org";

  @RegisterExtension static final JourneyBrowser BROWSER = new JourneyBrowser();


  @Test
  void aPressReleaseWithAnImageATableAndALinkThatFollowsItsPage() {
    BROWSER.signIn(GAMBIA_EDITOR);
    String tag = JourneyBrowser.unique();

    EditorPage target =
        EditorPage.openNew(BROWSER.driver(), BROWSER.server(), "PAGE")
            .typeTitle("Ferry timetable " + tag)
            .typeBody("When the ferries leave.")
            .save()
            .publish();
    long targetId = target.itemId();
    String oldSlug = target.value("edit:slug");

    EditorPage release =
        EditorPage.openNew(BROWSER.driver(), BROWSER.server(), "NEWS")
            .typeTitle("Ferries back in service " + tag)
            .chooseField("kind", "press-release")
            .typeBody("Both ferries sail again. See the ");
    BodyTools tools = new BodyTools(BROWSER.driver());
    tools.cursorAtEnd().linkItem("Ferry timetable " + tag);
    assertThat(tools.cursorAtEnd().insertFirstImage("", "The harbour at dawn"))
        .as("no alt text and not decorative")
        .contains("Say what the image shows");
    assertThat(tools.insertFirstImage("Two ferries at the Banjul quay", "The harbour at dawn"))
        .isEmpty();
    tools.cursorAtEnd().insertTable("Route | Crossings a day\nBanjul–Barra | 12");
    release.save();

    String stored = release.bodyHtml();
    assertThat(stored)
        .contains("href=\"meridian:item/" + targetId + "\"")
        .contains("<figure data-media=")
        .contains("alt=\"Two ferries at the Banjul quay\"")
        .contains("<figcaption>The harbour at dawn</figcaption>")
        .contains("<th")
        .contains("Crossings a day");
    assertThat(BROWSER.driver().findElements(By.id("edit:checks")))
        .as("nothing for the checks to find")
        .isEmpty();
    release.publish();
    String slug = release.value("edit:slug");

    BROWSER.driver().get(BROWSER.server().resolve("gambia/en/" + slug).toString());
    WebElement link = BROWSER.driver().findElement(By.linkText("Ferry timetable " + tag));
    assertThat(link.getAttribute("href")).endsWith("/gambia/en/" + oldSlug);
    assertThat(link.getAttribute("rel")).as("an internal link is followed").isNullOrEmpty();
    WebElement image = BROWSER.driver().findElement(By.cssSelector("article figure[data-media] img"));
    assertThat(image.getAttribute("srcset")).contains("w");
    assertThat(image.getAttribute("width")).isNotBlank();
    assertThat(image.getAttribute("height")).isNotBlank();
    assertThat(image.getAttribute("alt")).isEqualTo("Two ferries at the Banjul quay");
    assertThat(BROWSER.driver().findElement(By.cssSelector("article table thead th")).getText())
        .isEqualTo("Route");
    assertThat(BROWSER.driver().findElements(By.cssSelector("script:not([type='application/ld+json'])")))
        .as("a page without scripts")
        .isEmpty();

    String newSlug = "ferries-timetable-" + tag;
    EditorPage.openItem(BROWSER.driver(), BROWSER.server(), targetId).type("edit:slug", newSlug).save();

    new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(30))
        .until(
            d -> {
              d.get(BROWSER.server().resolve("gambia/en/" + slug).toString());
              return d.findElement(By.linkText("Ferry timetable " + tag))
                  .getAttribute("href")
                  .endsWith("/gambia/en/" + newSlug);
            });
  }

  /**
   * Issue 17.5 in a real browser: a quotation row and a media contact row are added without a
   * round trip (what was typed stays, the new row takes the cursor), a contact card has two
   * telephone numbers, and the related item is found by searching its title.
   */
  @Test
  void aPressReleaseAddsRowsWithoutSavingAndFindsRelatedItemsByTitle() {
    BROWSER.signIn(GAMBIA_EDITOR);
    String tag = JourneyBrowser.unique();
    EditorPage.openNew(BROWSER.driver(), BROWSER.server(), "CONTACT")
        .typeTitle("Harbour press office " + tag)
        .type("edit:field-name", "Harbour press office " + tag)
        .type("edit:field-phone", "+220 440 1020\n+220 990 3040")
        .save()
        .publish();
    EditorPage fares =
        EditorPage.openNew(BROWSER.driver(), BROWSER.server(), "PAGE")
            .typeTitle("Crossing fares " + tag)
            .typeBody("What a crossing costs.")
            .save()
            .publish();
    String faresSlug = fares.value("edit:slug");

    EditorPage release =
        EditorPage.openNew(BROWSER.driver(), BROWSER.server(), "NEWS")
            .typeTitle("Fares stay frozen " + tag)
            .chooseField("kind", "press-release")
            .typeBody("Fares stay as they are.")
            .type("edit:field-quotes-0-text", "Nobody pays more this year.")
            .type("edit:field-quotes-0-attribution", "The harbour master");
    WebElement title = BROWSER.driver().findElement(By.id("edit:title"));
    assertThat(BROWSER.driver().findElement(By.id("edit:field-quotes-1-text")).isDisplayed()).isFalse();
    BROWSER.driver().findElement(By.id("edit:field-quotes-add")).click();
    WebElement second = BROWSER.driver().findElement(By.id("edit:field-quotes-1-text"));
    assertThat(second.isDisplayed()).as("a new row, without a round trip").isTrue();
    assertThat(BROWSER.driver().switchTo().activeElement()).isEqualTo(second);
    assertThat(title.getAttribute("value")).as("the same page").isEqualTo("Fares stay frozen " + tag);
    second.sendKeys("Children cross free.");
    release.type("edit:field-quotes-1-attribution", "The harbour master");

    BROWSER.driver().findElement(By.id("edit:field-mediaContacts-add")).click();
    assertThat(BROWSER.driver().findElement(By.id("edit:field-mediaContacts-1-contact")).isDisplayed())
        .isTrue();
    WebElement contact = BROWSER.driver().findElement(By.id("edit:field-mediaContacts-1-contact"));
    new org.openqa.selenium.support.ui.Select(contact)
        .getOptions().stream()
            .filter(o -> o.getText().startsWith("Harbour press office " + tag))
            .findFirst()
            .orElseThrow()
            .click();

    assertThat(BROWSER.driver().findElement(By.id("edit:field-related")).isDisplayed())
        .as("no item numbers to type")
        .isFalse();
    BROWSER.driver().findElement(By.id("field-related-search")).sendKeys("Crossing fares " + tag);
    WebElement found =
        new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(10))
            .until(
                d ->
                    d.findElements(By.cssSelector(".refs-results button")).stream()
                        .filter(b -> b.getText().startsWith("Crossing fares " + tag))
                        .findFirst()
                        .orElse(null));
    found.click();
    assertThat(BROWSER.driver().findElement(By.cssSelector(".chosen-items")).getText())
        .contains("Crossing fares " + tag);
    release.save();
    assertThat(release.value("edit:field-quotes-1-text")).isEqualTo("Children cross free.");
    release.publish();
    String slug = release.value("edit:slug");

    BROWSER.driver().get(BROWSER.server().resolve("gambia/en/" + slug).toString());
    assertThat(BROWSER.driver().findElements(By.cssSelector("blockquote"))).hasSize(2);
    assertThat(
            BROWSER.driver().findElements(By.cssSelector(".media-contacts a[href^='tel:']")).stream()
                .map(a -> a.getAttribute("href"))
                .toList())
        .containsExactly("tel:+2204401020", "tel:+2209903040");
    assertThat(BROWSER.driver().findElement(By.cssSelector(".related a")).getAttribute("href"))
        .endsWith("/gambia/en/" + faresSlug);
  }
}
