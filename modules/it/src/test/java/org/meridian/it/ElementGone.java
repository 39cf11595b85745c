package org.meridian.it;

import java.time.Duration;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Waits for an element of a page that is being replaced to leave it. */
final class ElementGone {

  private ElementGone() {}

  /**
   * Waits up to 15 s until {@code element} has left the page. Chromium may answer "Node with given
   * id does not belong to the document" rather than "stale element" while the page is being
   * replaced (Selenium's {@code stalenessOf} takes only the second): both mean gone.
   */
  static void waitUntilGone(WebDriver driver, WebElement element) {
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(
            d -> {
              try {
                element.isEnabled();
                return false;
              } catch (WebDriverException gone) {
                return true;
              }
            });
  }
}
