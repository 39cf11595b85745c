package org.meridian.it.pages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.WebDriver;

/**
 * Keeps the page a failed browser test ended on ({@code target/<prefix>-<test>.html}), to see what
 * went wrong. A browser test class extends it with its prefix and its driver.
 */
public abstract class PageOnFailure implements TestWatcher {

  private final String prefix;
  private final Supplier<WebDriver> driver;

  protected PageOnFailure(String prefix, Supplier<WebDriver> driver) {
    this.prefix = prefix;
    this.driver = driver;
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    WebDriver shown = driver.get();
    if (shown == null) {
      return;
    }
    try {
      Files.writeString(
          Path.of("target", prefix + "-" + context.getRequiredTestMethod().getName() + ".html"),
          "<!-- " + shown.getCurrentUrl() + " -->\n" + shown.getPageSource(),
          StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException ignored) {
      // Only a help for reading the failure.
    }
  }
}
