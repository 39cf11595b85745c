package org.meridian.app.database;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.meridian.tenancy.health.DatabaseAvailability;

/**
 * Asks the database every half second (a request or a task that met a failure leaves the decision
 * to its next look, {@link DatabaseAvailability#suspect}), on a connection of its own outside the
 * pool with the short timeouts of {@link DatabaseTimeouts} (connect, login and every read), whether
 * it answers, and moves {@link DatabaseAvailability} accordingly, the one judge: a database that
 * refuses, resets or stops answering is seen as down within about {@code
 * meridian.db.timeout-seconds}, and as back within half a second of answering again. The embedded
 * H2 database lives in this process and is not watched.
 */
@ApplicationScoped
public class DatabaseWatch {

  static final long PERIOD_MILLIS = 500;

  @Resource private ManagedScheduledExecutorService executor;
  @Inject private DatabaseAvailability availability;

  private DataSource direct;
  private Connection connection;
  private int timeoutSeconds;
  private ScheduledFuture<?> ticking;

  /** Starts watching {@code settings}' database (PostgreSQL only). */
  public synchronized void start(DatabaseSettings settings, int timeoutSeconds) {
    if (ticking != null || !settings.isPostgres()) {
      return;
    }
    this.timeoutSeconds = timeoutSeconds;
    this.direct = DatabaseTimeouts.direct(settings, timeoutSeconds);
    ticking = executor.scheduleWithFixedDelay(this::tick, 0, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
  }

  /**
   * One look: the answer moves the circuit. Nothing may escape it: an exception thrown out of a
   * periodic task cancels every later run, and the watch would be gone for good.
   */
  synchronized void tick() {
    try {
      look();
    } catch (RuntimeException | Error unexpected) {
      java.util.logging.Logger.getLogger(DatabaseWatch.class.getName())
          .log(java.util.logging.Level.WARNING, "The database watch failed to look", unexpected);
    }
  }

  private void look() {
    try {
      if (connection == null) {
        connection = direct.getConnection();
        connection.setNetworkTimeout(Runnable::run, timeoutSeconds * 1000);
      }
      try (Statement statement = connection.createStatement()) {
        statement.setQueryTimeout(timeoutSeconds);
        statement.execute("select 1");
      }
      availability.up();
    } catch (SQLException | RuntimeException e) {
      close();
      availability.down(DatabaseAvailability.describe(e));
    }
  }

  private void close() {
    if (connection != null) {
      try {
        connection.abort(Runnable::run);
      } catch (SQLException | RuntimeException ignored) {
        // already broken
      }
      connection = null;
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (ticking != null) {
      ticking.cancel(false);
      ticking = null;
    }
    close();
  }
}
