package org.meridian.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Whole-page screenshots of the browser tests, saved in {@code target/screenshots/} of the pass
 * (PostgreSQL or embedded) for a person to look at.
 */
final class Screenshots {

  /** Where the browser tests save their screenshots. */
  static final Path FOLDER = Path.of("target", "screenshots");

  /** Pages taller than this are cut: a screenshot is for looking at, not for archiving. */
  private static final double MAX_HEIGHT = 8000;

  private Screenshots() {}

  /**
   * Saves the whole page, beyond the window, as the PNG {@code name}; returns its path. The page's
   * scrollbar is hidden while it is taken ({@code scrollbar-width: none} on the root): in a
   * right-to-left page Chromium puts it on the <em>left</em>, and the shot (from the window's left
   * edge, as wide as the content) took the scrollbar's 15 pixels in and left the content's last 15
   * on the right out. Without it the content fills the window's width, in either direction.
   */
  @SuppressWarnings("unchecked")
  static Path save(ChromeDriver browser, String name) {
    browser.executeScript(
        "document.documentElement.style.setProperty('scrollbar-width', 'none');"
            + " return document.documentElement.clientWidth");
    Map<String, Object> shot;
    try {
      Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
      Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
      shot =
          browser.executeCdpCommand(
              "Page.captureScreenshot",
              Map.of(
                  "format",
                  "png",
                  "captureBeyondViewport",
                  true,
                  "clip",
                  Map.of(
                      "x", 0, "y", 0,
                      "width", ((Number) size.get("width")).doubleValue(),
                      "height", Math.min(MAX_HEIGHT, ((Number) size.get("height")).doubleValue()),
                      "scale", 1)));
    } finally {
      browser.executeScript("document.documentElement.style.removeProperty('scrollbar-width')");
    }
    try {
      Files.createDirectories(FOLDER);
      Path file = FOLDER.resolve(name);
      Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
