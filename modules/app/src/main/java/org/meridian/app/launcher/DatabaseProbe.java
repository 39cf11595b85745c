package org.meridian.app.launcher;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Checks, before Payara boots, that the configured PostgreSQL database answers. Payara connects
 * while it deploys the application, and a failure there would drown in its log; here it becomes one
 * line. The embedded H2 database needs no check.
 */
final class DatabaseProbe {

  private DatabaseProbe() {}

  /** Why the database cannot be used, or empty when it answers. */
  static Optional<String> problem(String url, String user, String password) {
    if (url.isBlank() || url.startsWith("jdbc:h2:")) {
      return Optional.empty();
    }
    if (!url.startsWith("jdbc:postgresql:")) {
      return Optional.of(
          "MERIDIAN_DB_URL must start with jdbc:postgresql: or jdbc:h2:, not '"
              + StartupFailure.mask(url)
              + "'");
    }
    org.postgresql.ds.PGSimpleDataSource postgres = new org.postgresql.ds.PGSimpleDataSource();
    try {
      postgres.setURL(url);
    } catch (IllegalArgumentException e) {
      return Optional.of("MERIDIAN_DB_URL is not a valid PostgreSQL URL: " + e.getMessage());
    }
    if (!user.isBlank()) {
      postgres.setUser(user);
    }
    if (!password.isBlank()) {
      postgres.setPassword(password);
    }
    postgres.setConnectTimeout(10);
    try (Connection connection = postgres.getConnection()) {
      return Optional.empty();
    } catch (SQLException e) {
      return Optional.of(StartupFailure.describe(e, "database " + StartupFailure.mask(url)));
    }
  }
}
