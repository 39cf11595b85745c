package org.meridian.tenancy.health;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The release this server runs, as the build wrote it ({@code meridian-build.properties}): shown in
 * {@code /health} and the console's footer.
 */
public final class BuildInfo {

  private static final String VERSION = load();

  private BuildInfo() {}

  /** The release, such as {@code 1.4.0} or {@code 0.2.0-SNAPSHOT}. */
  public static String version() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = BuildInfo.class.getResourceAsStream("/meridian-build.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "unknown").strip();
      return version.isEmpty() || version.startsWith("${") ? "unknown" : version;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
