package org.meridian.app.database;

import java.util.Locale;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the database is: {@code MERIDIAN_DB_URL}, {@code MERIDIAN_DB_USER}, {@code
 * MERIDIAN_DB_PASSWORD}. Without a URL Meridian uses an embedded H2 database in {@code ./data/}.
 */
public record DatabaseSettings(String url, String user, String password) {

  /**
   * The embedded H2 database in {@code ./data/}: one definition, the launcher's (backups use it
   * too).
   */
  public static final String EMBEDDED_URL = org.meridian.app.launcher.Backup.EMBEDDED_URL;

  public static DatabaseSettings fromConfig() {
    Config config = ConfigProvider.getConfig(DatabaseSettings.class.getClassLoader());
    String url =
        config.getOptionalValue("meridian.db.url", String.class).orElse(EMBEDDED_URL).strip();
    return new DatabaseSettings(
        url,
        config.getOptionalValue("meridian.db.user", String.class).orElse(""),
        config.getOptionalValue("meridian.db.password", String.class).orElse(""));
  }

  public boolean isPostgres() {
    return url.startsWith("jdbc:postgresql:");
  }

  public boolean isH2() {
    return url.startsWith("jdbc:h2:");
  }

  /** The URL without credentials, for log lines. */
  public String describe() {
    return (isH2() ? "embedded H2 database " : "database ")
        + url.replaceAll("(?i)password=[^&;]*", "password=***");
  }

  public String userOrDefault() {
    if (!user.isBlank()) {
      return user;
    }
    return isH2()
        ? "meridian"
        : System.getProperty("user.name", "postgres").toLowerCase(Locale.ROOT);
  }
}
