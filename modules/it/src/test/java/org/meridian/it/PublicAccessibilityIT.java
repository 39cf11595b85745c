package org.meridian.it;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The public pages of every demo office in a real browser (Debian's headless Chromium), checked
 * with axe-core against WCAG 2.1 A and AA and its best practices ({@link Axe#PUBLIC}): zero
 * violations is the bar, at 1280 px and, for the right-to-left and other languages, at a phone's
 * 390 px. {@code .ci/run} installs Chromium; without it these tests are skipped with a message.
 */
@ExtendWith(MeridianServer.class)
class PublicAccessibilityIT {

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

  private static void open(String path) {
    browser.get(MeridianServer.server().uri(path).toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/gambia/en/",
        "/gambia/en/about-us",
        "/gambia/en/youth-skills-centre-opens",
        "/gambia/en/news",
        "/gambia/en/mobile-clinics-river",
        "/gambia/en/safe-journeys-workshop",
        "/gambia/en/year-in-review",
        "/gambia/en/communications-desk",
        "/gambia/en/about-us/our-history",
        "/senegal/fr/rencontre-diaspora",
        "/senegal/fr/",
        "/senegal/fr/a-propos",
        "/senegal/fr/themes",
        "/senegal/fr/themes/jeunesse-et-competences",
        "/gambia/en/themes/data-and-research?page=2",
        "/gambia/en/tags/banjul",
        "/gambia/en/events",
        "/gambia/en/events/past",
        "/gambia/en/publications",
        "/senegal/fr/events",
        "/gambia/en/search?q=mobile+clinics",
        "/senegal/fr/search",
        "/gambia/en/search?q=water&page=abc",
        "/gambia/en/no-such-page",
        "/senegal/fr/contact",
        "/gambia/en/news?kind=press-release",
        "/gambia/en/news?theme=youth",
        "/hq/en/",
        "/jordan/ar/",
        "/jordan/ar/water-for-host-towns",
        "/jordan/ar/news",
        "/jordan/ar/search?q=%D9%85%D9%8A%D8%A7%D9%87",
        "/jordan/ar/no-such-page",
        "/senegal/fr/news",
        "/senegal/fr/pas-de-page",
        "/peru/es/",
        "/peru/es/ferias-de-empleo-andinas",
        "/peru/es/news",
        "/peru/es/search?q=empleo",
        "/peru/es/no-existe",
        "/mozambique/pt/",
        "/mozambique/pt/abrigos-apos-ciclone",
        "/mozambique/pt/news",
        "/mozambique/pt/search?q=abrigos",
        "/mozambique/pt/pagina-inexistente",
        "/senegal/xx/",
        "/nowhere/en/",
        "/mali/fr/",
        "/admin/login.xhtml",
        "/admin/reset.xhtml"
      })
  void publicPagesHaveNoViolations(String path) {
    open(path);
    Axe.assertNoViolations(browser, path, Axe.PUBLIC);
  }

  /**
   * Home, article, news, search and 404 of the offices publishing in Arabic (right to left),
   * Spanish and Portuguese at a phone's width too: the menu, cards and footer stack there.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "/jordan/ar/",
        "/jordan/ar/water-for-host-towns",
        "/jordan/ar/news",
        "/jordan/ar/search?q=%D9%85%D9%8A%D8%A7%D9%87",
        "/jordan/ar/no-such-page",
        "/peru/es/",
        "/peru/es/ferias-de-empleo-andinas",
        "/mozambique/pt/",
        "/mozambique/pt/abrigos-apos-ciclone"
      })
  void publicPagesAtAPhonesWidthHaveNoViolations(String path) {
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    try {
      open(path);
      Axe.assertNoViolations(browser, path + " at 390 px", Axe.PUBLIC);
    } finally {
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }
  }
}
