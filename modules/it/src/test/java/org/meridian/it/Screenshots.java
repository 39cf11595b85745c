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

  /** Saves the whole page, beyond the window, as the PNG {@code name}; returns its path. */
  @SuppressWarnings("unchecked")
  static Path save(ChromeDriver browser, String name) {
    Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
    Map<String, Object> shot =
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
