package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The media library's details of a picture (preview with its focal point, alt text per language,
 * framing, replacing, "Used in N items") on a 390 px phone and a 1280 px screen, in English and
 * Arabic: saved in {@code target/screenshots/} for a person to look at; it must fit its width, and
 * a click on the preview must set the focal point's numbers.
 */
@ExtendWith(MeridianServer.class)
class MediaScreenshotsIT {


  @ParameterizedTest(name = "{0}")
  @CsvSource({"en, gambia.admin@meridian.example.org", "ar, gambia.arabophone@meridian.example.org"})
  void theDetailsOfAPictureFitAPhoneAndAWideScreen(String language, String email)
      throws IOException {
    org.meridian.it.pages.Chromium.requireInstalled();
    try (org.meridian.it.pages.Chromium chromium = org.meridian.it.pages.Chromium.start()) {
      ChromeDriver browser = chromium.driver();
      browser.get(MeridianServer.server().uri("/admin/media.xhtml").toString());
      browser.findElement(By.id("j_username")).sendKeys(email);
      browser.findElement(By.id("j_password")).sendKeys(MeridianServer.DEMO_PASSWORD);
      browser.findElement(By.id("sign-in")).click();
      new WebDriverWait(browser, Duration.ofSeconds(20))
          .until(ExpectedConditions.presenceOfElementLocated(By.id("media-grid")));
      String id =
          browser
              .findElements(By.cssSelector("#media-grid li"))
              .stream()
              .filter(li -> li.getText().contains("River at dawn"))
              .findFirst()
              .orElseThrow()
              .getAttribute("data-media-id");
      for (int width : List.of(390, 1280)) {
        browser.executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of(
                "width", width, "height", width == 390 ? 844 : 900, "deviceScaleFactor", 1,
                "mobile", width == 390));
        browser.get(MeridianServer.server().uri("/admin/media.xhtml?media=" + id).toString());
        new WebDriverWait(browser, Duration.ofSeconds(20))
            .until(ExpectedConditions.presenceOfElementLocated(By.id("framing")));
        String where = language + " at " + width + " px";
        if (language.equals("ar")) {
          assertThat((String) browser.executeScript("return document.dir")).isEqualTo("rtl");
        }
        // A click near the preview's top left sets the focal point's numbers (the script).
        var preview = browser.findElement(By.cssSelector("[data-focus-picker] img"));
        browser.executeScript("arguments[0].scrollIntoView()", preview);
        new org.openqa.selenium.interactions.Actions(browser)
            .moveToElement(
                preview,
                -preview.getRect().getWidth() / 2 + preview.getRect().getWidth() / 5,
                -preview.getRect().getHeight() / 2 + preview.getRect().getHeight() / 4)
            .click()
            .perform();
        int across =
            Integer.parseInt(
                browser.findElement(By.cssSelector("[data-focus-x]")).getAttribute("value"));
        int down =
            Integer.parseInt(
                browser.findElement(By.cssSelector("[data-focus-y]")).getAttribute("value"));
        assertThat(across).as("%s: across", where).isBetween(15, 25);
        assertThat(down).as("%s: down", where).isBetween(20, 30);
        assertThat(browser.findElement(By.cssSelector(".focus-marker")).isDisplayed()).isTrue();
        Number scrollWidth =
            (Number) browser.executeScript("return document.documentElement.scrollWidth");
        assertThat(scrollWidth.intValue()).as("%s fits its width", where).isLessThanOrEqualTo(width);
        browser.executeScript("window.scrollTo(0, 0)");
        Screenshots.save(browser, "media-" + language + "-" + width + ".png");
      }
    }
  }

}
