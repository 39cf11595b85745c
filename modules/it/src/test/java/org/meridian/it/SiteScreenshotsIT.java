package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The public site's pages in a real browser on a 390 px phone and a 1280 px screen, in English,
 * French and Arabic: each is saved as a full-page screenshot in {@code target/screenshots/} for a
 * person to look at, and must fit its width (nothing wider than the screen), draw with the theme's
 * style sheet, and, in Arabic, run right to left with its header mirrored.
 */
@ExtendWith(MeridianServer.class)
class SiteScreenshotsIT {

  private static ChromeDriver browser;

  @BeforeAll
  static void startBrowser() throws IOException {
    org.meridian.it.pages.Chromium.requireInstalled();
    browser = org.meridian.it.pages.Chromium.start().driver();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "en, home,    /gambia/en/",
    "en, article, /gambia/en/mobile-clinics-river",
    "en, news,    /gambia/en/news",
    "en, search,  /gambia/en/search?q=clinic",
    "en, 404,     /gambia/en/no-such-page",
    "fr, home,    /senegal/fr/",
    "fr, article, /senegal/fr/forum-jeunesse-thies",
    "fr, news,    /senegal/fr/news",
    "fr, search,  /senegal/fr/search?q=forum",
    "fr, 404,     /senegal/fr/page-introuvable",
    "ar, home,    /jordan/ar/",
    "ar, article, /jordan/ar/water-for-host-towns",
    "ar, news,    /jordan/ar/news",
    "ar, search,  /jordan/ar/search?q=%D9%85%D9%8A%D8%A7%D9%87",
    "ar, 404,     /jordan/ar/no-such-page",
  })
  void aPageFitsAPhoneAndAWideScreenAndIsSavedForAPersonToSee(
      String language, String page, String path) throws IOException {
    for (int width : List.of(390, 1280)) {
      browser.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of(
              "width", width, "height", width == 390 ? 844 : 900, "deviceScaleFactor", 1,
              "mobile", width == 390));
      browser.get(MeridianServer.server().uri(path).toString());
      String where = language + " " + page + " at " + width + " px";

      Number scrollWidth =
          (Number) browser.executeScript("return document.documentElement.scrollWidth");
      assertThat(scrollWidth.intValue()).as("%s fits its width", where).isLessThanOrEqualTo(width);
      assertThat(
              (String)
                  browser.executeScript(
                      "return getComputedStyle(document.querySelector('.site-footer'))"
                          + ".backgroundColor"))
          .as("%s draws with the theme's style sheet", where)
          .isEqualTo("rgb(20, 32, 46)");
      if (language.equals("ar")) {
        assertThat((String) browser.executeScript("return document.dir")).isEqualTo("rtl");
        // Mirrored: the office's name sits on the right, where a right-to-left reader starts.
        Number nameLeft =
            (Number)
                browser.executeScript(
                    "return document.querySelector('.office').getBoundingClientRect().left");
        assertThat(nameLeft.doubleValue()).as("%s is mirrored", where).isGreaterThan(width / 3.0);
      }
      Screenshots.save(browser, language + "-" + page + "-" + width + ".png");
    }
  }

}
