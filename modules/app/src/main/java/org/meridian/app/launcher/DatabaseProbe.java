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

  /** The longest the check waits to connect, to sign in, and for each answer. */
  static final int PROBE_SECONDS = 10;

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
    // A database that accepts connections but never answers is given up after 10 s too.
    postgres.setConnectTimeout(PROBE_SECONDS);
    postgres.setLoginTimeout(PROBE_SECONDS);
    postgres.setSocketTimeout(PROBE_SECONDS);
    try (Connection connection = postgres.getConnection()) {
      return schemaRights(connection, url);
    } catch (SQLException e) {
      return Optional.of(StartupFailure.describe(e, "database " + StartupFailure.mask(url)));
    }
  }

  /**
   * Meridian migrates its own schema at every start, so its user must be able to create tables in
   * the schema it works in; without that, the start would fail deep in the deployment.
   */
  static Optional<String> schemaRights(Connection connection, String url) throws SQLException {
    try (var statement = connection.createStatement();
        var row =
            statement.executeQuery(
                "select current_user, current_schema(),"
                    + " coalesce(has_schema_privilege(current_schema(), 'CREATE'), false)")) {
      row.next();
      String user = row.getString(1);
      String schema = row.getString(2);
      if (schema == null) {
        return Optional.of(
            "the database user "
                + user
                + " has no schema to work in (its search_path names none that exists): create one"
                + " it owns, or fix the search_path ("
                + StartupFailure.mask(url)
                + ")");
      }
      if (!row.getBoolean(3)) {
        return Optional.of(
            "the database user "
                + user
                + " may not create tables in schema "
                + schema
                + ": make MERIDIAN_DB_USER the owner of the database, or run GRANT CREATE ON SCHEMA "
                + schema
                + " TO "
                + user
                + " ("
                + StartupFailure.mask(url)
                + ")");
      }
      return Optional.empty();
    }
  }
}
