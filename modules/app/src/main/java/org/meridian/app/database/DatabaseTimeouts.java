package org.meridian.app.database;

import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How long Meridian waits on its database, so that a database that is down, or accepts connections
 * but never answers, costs a request about {@code meridian.db.timeout-seconds} (1–60, default 2)
 * and never more:
 *
 * <ul>
 *   <li>every connection (the pool's, the watch's, the launcher's check) gives up connecting and
 *       signing in after that time;
 *   <li>a connection taken while answering a GET or HEAD request gives up on any answer of the
 *       database after that time ({@link ConnectionUse} sets it for the request and puts it back);
 *   <li>a connection taken for anything else (a save, background work) after {@link #WORK_SECONDS},
 *       so that a task stuck on a database that vanished ends and runs again once it is back; the
 *       schema migrations at start-up have no limit.
 * </ul>
 */
public final class DatabaseTimeouts {

  public static final String KEY = "meridian.db.timeout-seconds";

  /** The longest wait for one answer of the database outside a reading request. */
  public static final int WORK_SECONDS = 60;

  private DatabaseTimeouts() {}

  /** {@code meridian.db.timeout-seconds}, 1–60, default 2 (the launcher checked it). */
  public static int seconds() {
    int value =
        ConfigProvider.getConfig(DatabaseTimeouts.class.getClassLoader())
            .getOptionalValue(KEY, Integer.class)
            .orElse(2);
    if (value < 1 || value > 60) {
      throw new IllegalArgumentException(
          KEY + " must be a whole number from 1 to 60, not '" + value + "'");
    }
    return value;
  }

  /**
   * A connection outside the pool, every wait bounded by {@code seconds} (the database watch, the
   * health check).
   */
  static DataSource direct(DatabaseSettings settings, int seconds) {
    DataSource source = ConfiguredDataSource.open(settings, seconds);
    if (source instanceof org.postgresql.ds.PGSimpleDataSource postgres) {
      postgres.setSocketTimeout(seconds);
      postgres.setApplicationName("meridian-watch");
    }
    return source;
  }
}
