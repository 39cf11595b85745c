package org.meridian.app.database;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.meridian.tenancy.health.DatabaseAvailability;

/**
 * Asks the database every half second, on a connection of its own outside the pool, whether it
 * answers, and moves {@link DatabaseAvailability} accordingly, the one judge: a database that
 * refuses, resets or stops answering is seen as down within about {@code
 * meridian.db.timeout-seconds} and half a second, and as back within half a second of answering
 * again. The embedded H2 database lives in this process and is not watched.
 *
 * <p>Two threads of its own, never the server's shared scheduler: Payara's default managed
 * scheduled executor runs every periodic task of the application on one thread, and a task stuck on
 * a database that accepts connections but never answers (the cache sync, a schedule) held that
 * thread for a minute, so the watch never looked. One thread asks ({@link #look}); the other keeps
 * the time, and when a question has gone unanswered for the timeout, opens the circuit itself and
 * aborts the connection, whatever the driver's own timeouts do (a statement's query timeout sends a
 * cancel request to the same silent server and waits for it; it is not used here).
 */
@ApplicationScoped
public class DatabaseWatch {

  private static final Logger LOG = Logger.getLogger(DatabaseWatch.class.getName());

  static final long PERIOD_MILLIS = 500;

  @Resource private ManagedThreadFactory threadFactory;
  @Inject private DatabaseAvailability availability;

  private DataSource direct;
  private long timeoutNanos;
  private int timeoutSeconds;
  private ScheduledExecutorService timekeeper;
  private ExecutorService asker;
  private Future<?> question;
  private volatile long askedAt;
  private volatile Connection connection;
  private ThreadFactory ownThreads;

  /** When the circuit opened (nanoTime), while it is open; 0 while the database answers. */
  private final java.util.concurrent.atomic.AtomicLong outageSince =
      new java.util.concurrent.atomic.AtomicLong();

  public DatabaseWatch() {}

  /** A watch outside CDI, for tests. */
  DatabaseWatch(DatabaseAvailability availability, ThreadFactory threads) {
    this.availability = availability;
    this.ownThreads = threads;
  }

  /** Starts watching {@code settings}' database (PostgreSQL only). */
  public synchronized void start(DatabaseSettings settings, int timeoutSeconds) {
    if (settings.isPostgres()) {
      start(DatabaseTimeouts.direct(settings, timeoutSeconds), timeoutSeconds);
    }
  }

  /** Starts watching the database behind {@code direct}, every wait bounded by the timeout. */
  synchronized void start(DataSource direct, int timeoutSeconds) {
    if (timekeeper != null) {
      return;
    }
    this.direct = direct;
    this.timeoutSeconds = timeoutSeconds;
    this.timeoutNanos = TimeUnit.SECONDS.toNanos(timeoutSeconds);
    ThreadFactory threads = ownThreads != null ? ownThreads : threadFactory;
    asker = Executors.newSingleThreadExecutor(named(threads, "meridian-database-watch"));
    timekeeper =
        Executors.newSingleThreadScheduledExecutor(named(threads, "meridian-database-watch-timer"));
    timekeeper.scheduleWithFixedDelay(this::tick, 0, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
  }

  private static ThreadFactory named(ThreadFactory threads, String name) {
    return task -> {
      Thread thread = threads.newThread(task);
      thread.setName(name);
      thread.setDaemon(true);
      return thread;
    };
  }

  /**
   * Every half second: asks again if the last question was answered, or, if it has waited longer
   * than the timeout, opens the circuit and cuts the connection (the asker then fails and asks
   * again on a new one). Nothing may escape: an exception thrown out of a periodic task cancels
   * every later run, and the watch would be gone for good.
   */
  synchronized void tick() {
    try {
      if (question == null || question.isDone()) {
        askedAt = System.nanoTime();
        question = asker.submit(this::look);
      } else if (System.nanoTime() - askedAt > timeoutNanos) {
        down("no answer within " + timeoutSeconds + " s");
        abort();
      }
    } catch (RuntimeException | Error unexpected) {
      LOG.log(Level.WARNING, "The database watch failed to look", unexpected);
    }
  }

  /** One question, on the asker's thread: the answer moves the circuit. */
  private void look() {
    try {
      Connection current = connection;
      if (current == null) {
        current = direct.getConnection();
        current.setNetworkTimeout(Runnable::run, timeoutSeconds * 1000);
        connection = current;
      }
      try (Statement statement = current.createStatement()) {
        statement.execute("select 1");
      }
      long since = outageSince.getAndSet(0);
      if (since != 0) {
        // Before anyone is let through: the pool's connections from before the outage go, and the
        // first request after it gets a new one rather than a dead one (and then an error, or
        // EclipseLink's retry after five seconds).
        int closed = ConfiguredDataSource.closeOpenedBefore(since);
        LOG.fine(() -> closed + " pool connections from before the outage closed");
      }
      availability.up();
    } catch (SQLException | RuntimeException e) {
      abort();
      down(DatabaseAvailability.describe(e));
    }
  }

  /** Opens the circuit, remembering when it first opened. */
  private void down(String reason) {
    outageSince.compareAndSet(0, System.nanoTime());
    availability.down(reason);
  }

  private void abort() {
    Connection current = connection;
    connection = null;
    if (current != null) {
      try {
        current.abort(Runnable::run);
      } catch (SQLException | RuntimeException ignored) {
        // already broken
      }
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (timekeeper != null) {
      timekeeper.shutdownNow();
      asker.shutdownNow();
      timekeeper = null;
      asker = null;
    }
    abort();
  }
}
