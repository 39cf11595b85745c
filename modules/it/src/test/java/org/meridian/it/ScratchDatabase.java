package org.meridian.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * A throwaway PostgreSQL database (and, when asked, a login role of its own) for a test that needs
 * a database in a particular state: dropped with its role on {@link #close()}.
 */
final class ScratchDatabase implements AutoCloseable {

  private final String name;
  private final String role;

  private ScratchDatabase(String name, String role) {
    this.name = name;
    this.role = role;
  }

  /** A new empty database owned by the administrator, with a login role {@code role()}. */
  static ScratchDatabase create() throws SQLException {
    String suffix = System.currentTimeMillis() + "_" + ProcessHandle.current().pid();
    ScratchDatabase scratch =
        new ScratchDatabase("meridian_scratch_" + suffix, "meridian_scratch_role_" + suffix);
    try (Connection server = SuiteDatabase.connectToServer();
        Statement statement = server.createStatement()) {
      statement.execute("create database " + scratch.name);
      statement.execute("create role " + scratch.role + " login");
    }
    return scratch;
  }

  String url() {
    String admin = SuiteDatabase.adminUrl();
    return admin.substring(0, admin.lastIndexOf('/') + 1) + name;
  }

  String role() {
    return role;
  }

  /** A connection to this database as the administrator. */
  Connection connectAsAdministrator() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", System.getProperty("meridian.it.postgres.user", "postgres"));
    String password = System.getProperty("meridian.it.postgres.password", "");
    if (!password.isBlank()) {
      properties.setProperty("password", password);
    }
    return DriverManager.getConnection(url(), properties);
  }

  @Override
  public void close() throws SQLException {
    try (Connection server = SuiteDatabase.connectToServer();
        Statement statement = server.createStatement()) {
      statement.execute("drop database if exists " + name + " with (force)");
      statement.execute("drop role if exists " + role);
    }
  }
}
