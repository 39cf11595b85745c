package org.meridian.it.pages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's headless Chromium, driven by its ChromeDriver, with what the journeys need beyond pages:
 * a client address for sign-in throttling and a slow upload link to watch progress.
 */
public final class Chromium implements AutoCloseable {

  private static final Path BINARY = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private final ChromeDriver driver;

  private Chromium(ChromeDriver driver) {
    this.driver = driver;
  }

  /** Whether Chromium and its driver are installed ({@code .ci/run} installs them). */
  public static boolean installed() {
    return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
  }

  /**
   * Skips the calling test class when Chromium is missing, or fails it under {@code CI=true}: CI
   * must never pass without its browser tests.
   */
  public static void requireInstalled() {
    String what =
        "Chromium and ChromeDriver are not installed (apt-get install chromium chromium-driver)";
    if (!installed() && "true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException(what + ": CI runs every browser test");
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(installed(), what);
  }

  public static Chromium start() throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--window-size=1280,900",
        "--user-data-dir=" + Files.createTempDirectory("meridian-chromium"));
    // The console's log, where Chromium reports what a Content-Security-Policy refused.
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return new Chromium(driver);
  }

  public ChromeDriver driver() {
    return driver;
  }

  /**
   * Sends {@code X-Forwarded-For: address} with every request from now on (the suite's server
   * trusts it from localhost), so that failed sign-ins count against a documentation address of the
   * test's own and not against the address every other test signs in from.
   */
  public void comeFrom(String address) {
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand(
        "Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For", address)));
  }

  /** Stops sending a client address of the test's own. */
  public void comeFromHere() {
    driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
  }

  /** Uploads go at {@code bytesPerSecond} until {@link #fullSpeed()}. */
  public void slowUploads(int bytesPerSecond) {
    ChromiumNetworkConditions slow = new ChromiumNetworkConditions();
    slow.setLatency(Duration.ofMillis(20));
    slow.setUploadThroughput(bytesPerSecond);
    slow.setDownloadThroughput(50 * 1024 * 1024);
    driver.setNetworkConditions(slow);
  }

  public void fullSpeed() {
    driver.deleteNetworkConditions();
  }

  /**
   * What the pages' Content-Security-Policy refused since the last call, as Chromium reports it in
   * the console's log ("Refused to execute inline script because it violates …").
   */
  public List<String> securityPolicyViolations() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
        .toList();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
