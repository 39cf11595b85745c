package org.meridian.app.database;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The data source behind {@code java:app/jdbc/meridian}: PostgreSQL or H2, chosen by {@code
 * MERIDIAN_DB_URL}. Payara pools the connections it makes; this class only knows how to open one.
 */
public class ConfiguredDataSource implements DataSource {

  private volatile DataSource delegate;
  private int loginTimeoutSeconds = DatabaseTimeouts.seconds();

  private DataSource delegate() {
    DataSource current = delegate;
    if (current == null) {
      current = open(DatabaseSettings.fromConfig(), loginTimeoutSeconds);
      if (current instanceof org.postgresql.ds.PGSimpleDataSource postgres) {
        // The pool's connections give up on an answer after a minute: a task stuck on a database
        // that vanished ends and runs again once it is back (reading requests: less,
        // ConnectionUse).
        postgres.setSocketTimeout(DatabaseTimeouts.WORK_SECONDS);
      }
      delegate = current;
    }
    return current;
  }

  /** A plain, unpooled data source for {@code settings}. */
  public static DataSource open(DatabaseSettings settings, int loginTimeoutSeconds) {
    if (settings.isPostgres()) {
      org.postgresql.ds.PGSimpleDataSource postgres = new org.postgresql.ds.PGSimpleDataSource();
      postgres.setURL(settings.url());
      if (!settings.user().isBlank()) {
        postgres.setUser(settings.user());
      }
      if (!settings.password().isBlank()) {
        postgres.setPassword(settings.password());
      }
      // Connecting and signing in are bounded; reads are bounded per use (DatabaseTimeouts).
      postgres.setConnectTimeout(loginTimeoutSeconds);
      postgres.setLoginTimeout(loginTimeoutSeconds);
      // A statement's query timeout sends a cancel request on a new connection and waits for it:
      // to a server that does not answer, no longer than the rest.
      postgres.setCancelSignalTimeout(loginTimeoutSeconds);
      postgres.setApplicationName("meridian");
      return postgres;
    }
    if (settings.isH2()) {
      org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
      h2.setURL(settings.url());
      h2.setUser(settings.userOrDefault());
      h2.setPassword(settings.password());
      return h2;
    }
    throw new IllegalArgumentException(
        "MERIDIAN_DB_URL must start with jdbc:postgresql: or jdbc:h2:, not '"
            + org.meridian.app.launcher.StartupFailure.mask(settings.url())
            + "'");
  }

  @Override
  public Connection getConnection() throws SQLException {
    return delegate().getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return delegate().getConnection(username, password);
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // Payara's pool logs for us.
  }

  @Override
  public void setLoginTimeout(int seconds) {
    // Payara's pool passes its own (none by default): Meridian's setting stays.
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeoutSeconds;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    return delegate().unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || delegate().isWrapperFor(type);
  }
}
