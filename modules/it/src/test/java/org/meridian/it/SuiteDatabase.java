package org.meridian.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The database of one pass of the integration tests, shared by every server of the pass.
 *
 * <ul>
 *   <li>The {@code postgresql} pass (the whole suite) runs on PostgreSQL, production's database: on
 *       the database named by {@code -Dmeridian.it.db.url}, or else on a new database that the
 *       harness creates on {@code -Dmeridian.it.postgres.url} (this machine's server by default)
 *       and drops when the pass ends. Without a PostgreSQL server the pass stops under {@code
 *       CI=true}; elsewhere it runs on the embedded database and says so.
 *   <li>The {@code embedded} pass runs on each server's default: the embedded H2 database in its
 *       working directory, as {@code ./run.sh} does.
 * </ul>
 */
public final class SuiteDatabase implements AutoCloseable {

  private static SuiteDatabase instance;

  private final String url;
  private final String user;
  private final String password;
  private final String createdName;

  private SuiteDatabase(String url, String user, String password, String createdName) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.createdName = createdName;
  }

  /** This pass's database, created on first use. */
  public static synchronized SuiteDatabase get() {
    if (instance == null) {
      instance = choose();
      Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "drop-suite-database"));
    }
    return instance;
  }

  /** Whether the servers of this pass use PostgreSQL (else the embedded H2). */
  public boolean isPostgres() {
    return url != null;
  }

  /** The JDBC URL of the pass's PostgreSQL database. */
  public String url() {
    if (url == null) {
      throw new IllegalStateException("This pass runs on the embedded database");
    }
    return url;
  }

  /** A connection to the pass's PostgreSQL database, for tests that read what servers wrote. */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url(), properties(user, password));
  }

  /** The settings that point a server at this database (none for the embedded one). */
  Map<String, String> serverEnvironment() {
    Map<String, String> env = new HashMap<>();
    if (url != null) {
      env.put("MERIDIAN_DB_URL", url);
      env.put("MERIDIAN_DB_USER", user);
      env.put("MERIDIAN_DB_PASSWORD", password);
    }
    return env;
  }

  /** Whether this JVM runs under CI, where nothing may be skipped for want of a tool. */
  public static boolean underCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  private static SuiteDatabase choose() {
    if ("embedded".equals(System.getProperty("meridian.it.pass", "postgresql"))) {
      return new SuiteDatabase(null, "", "", null);
    }
    String given = System.getProperty("meridian.it.db.url", "");
    String user = System.getProperty("meridian.it.db.user", "");
    String password = System.getProperty("meridian.it.db.password", "");
    if (!given.isBlank()) {
      return new SuiteDatabase(given, user, password, null);
    }
    String admin = adminUrl();
    String name = "meridian_it_" + System.currentTimeMillis() + "_" + ProcessHandle.current().pid();
    try (Connection connection = connectToServer();
        Statement statement = connection.createStatement()) {
      statement.execute("create database " + name);
    } catch (SQLException unavailable) {
      String why =
          "No PostgreSQL for the integration tests at "
              + admin
              + " ("
              + unavailable.getMessage()
              + ")";
      if (underCi()) {
        throw new IllegalStateException(
            why + ": CI runs the whole suite on PostgreSQL; start it or set -Dmeridian.it.db.url");
      }
      System.err.println("WARNING: " + why + ": this pass runs on the embedded database instead.");
      return new SuiteDatabase(null, "", "", null);
    }
    String url = admin.substring(0, admin.lastIndexOf('/') + 1) + name;
    System.out.println("The integration tests run on PostgreSQL database " + url);
    return new SuiteDatabase(url, adminUser(), adminPassword(), name);
  }

  /** Where the harness creates and drops the databases it makes. */
  static String adminUrl() {
    return System.getProperty(
        "meridian.it.postgres.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
  }

  /** A connection to the PostgreSQL server itself, as its administrator. */
  static Connection connectToServer() throws SQLException {
    return DriverManager.getConnection(
        adminUrl(),
        properties(adminUser(), adminPassword()));
  }

  private static String adminUser() {
    return System.getProperty("meridian.it.postgres.user", "postgres");
  }

  private static String adminPassword() {
    return System.getProperty("meridian.it.postgres.password", "");
  }

  private static Properties properties(String user, String password) {
    Properties properties = new Properties();
    if (!user.isBlank()) {
      properties.setProperty("user", user);
    }
    if (!password.isBlank()) {
      properties.setProperty("password", password);
    }
    properties.setProperty("connectTimeout", "10");
    return properties;
  }

  /** Drops the database the harness created (never one it was given). */
  @Override
  public synchronized void close() {
    if (createdName == null || Boolean.getBoolean("meridian.it.keep-db")) {
      return;
    }
    try (Connection connection = connectToServer();
        Statement statement = connection.createStatement()) {
      statement.execute("drop database if exists " + createdName + " with (force)");
    } catch (SQLException e) {
      System.err.println("Could not drop the test database " + createdName + ": " + e.getMessage());
    }
  }
}
