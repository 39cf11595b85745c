package org.meridian.app.database;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The data source behind {@code java:app/jdbc/meridian}: PostgreSQL or H2, chosen by {@code
 * MERIDIAN_DB_URL}. Payara pools the connections it makes; this class only knows how to open one,
 * and remembers when it opened each PostgreSQL connection, so that those opened before an outage
 * can be closed when the database is back ({@link #closeOpenedBefore}).
 */
public class ConfiguredDataSource implements DataSource {

  /** The pool's PostgreSQL connections still referenced, and when each was opened (nanoTime). */
  private static final Map<Connection, Long> OPENED =
      Collections.synchronizedMap(new WeakHashMap<>());

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
    return opened(delegate().getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return opened(delegate().getConnection(username, password));
  }

  /** Remembers when a PostgreSQL connection of the pool was opened (now). */
  static Connection opened(Connection connection) {
    if (connection instanceof org.postgresql.PGConnection) {
      OPENED.put(connection, System.nanoTime());
    }
    return connection;
  }

  /**
   * Closes every pool connection opened before {@code nanoTime} (at once, without a word to the
   * database): the database watch calls it when the database answers again after an outage. Those
   * connections went through the outage; a database that restarted or reset them left them dead,
   * yet the pool's check (meta-data: no round trip) passes them until each fails one request. A
   * closed one fails that check, and the pool then drops all its idle connections at once ({@code
   * fail-all-connections}, {@link DatabaseDefinition}) and opens new ones.
   *
   * @return how many were closed
   */
  public static int closeOpenedBefore(long nanoTime) {
    List<Connection> old = new ArrayList<>();
    synchronized (OPENED) {
      OPENED
          .entrySet()
          .removeIf(
              opened -> {
                if (opened.getValue() - nanoTime < 0) {
                  old.add(opened.getKey());
                  return true;
                }
                return false;
              });
    }
    int closed = 0;
    for (Connection connection : old) {
      try {
        if (!connection.isClosed()) {
          connection.abort(Runnable::run);
          closed++;
        }
      } catch (SQLException | RuntimeException alreadyBroken) {
        // nothing to close
      }
    }
    return closed;
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
