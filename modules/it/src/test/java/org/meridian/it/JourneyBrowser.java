package org.meridian.it;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.meridian.it.pages.Chromium;
import org.meridian.it.pages.ContentListPage;
import org.meridian.it.pages.SignInPage;
import org.openqa.selenium.WebDriver;

/**
 * One headless Chromium for a browser journey's test class, against the suite's server, asking for
 * every page again (public pages say how long a browser may keep them). Registered on a static
 * field of a class that extends with {@link MeridianServer}, it starts before the class's tests
 * (skipped without Chromium: {@link Chromium#requireInstalled}) and is closed after them.
 */
final class JourneyBrowser implements BeforeAllCallback, AfterAllCallback {

  private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  private Chromium chromium;
  private URI server;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    Chromium.requireInstalled();
    server = MeridianServer.server().uri("/");
    chromium = Chromium.start();
    chromium.driver().executeCdpCommand("Network.enable", Map.of());
    chromium.driver().executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (chromium != null) {
      chromium.close();
    }
  }

  /** The browser's driver; {@code null} before it started. */
  WebDriver driver() {
    return chromium == null ? null : chromium.driver();
  }

  /** The suite's server, {@code /}. */
  URI server() {
    return server;
  }

  /** Signs {@code email} in to the console in a fresh session; the content list it lands on. */
  ContentListPage signIn(String email) {
    driver().manage().deleteAllCookies();
    return SignInPage.openConsole(driver(), server).signInAs(email, MeridianServer.DEMO_PASSWORD);
  }

  /** A word no other test of the run uses, for the titles and tags of a test's own items. */
  static String unique() {
    return Long.toString(UNIQUE.incrementAndGet(), 36);
  }
}
