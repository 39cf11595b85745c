package org.meridian.tenancy.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Whether this server can reach its database now: a circuit that the database watch (a probe every
 * half second with short timeouts, and at once when a request or a task met a database failure:
 * {@link #suspect}) moves between {@code up} and {@code down}. While it is down, the public sites
 * serve the pages this server kept and answer 503 with {@code Retry-After} for the rest at once,
 * the API and the console answer 503 at once, and background work waits: nothing waits on a
 * database that does not answer.
 *
 * <p>One log line per change of state, never one per request or per attempt.
 */
@ApplicationScoped
public class DatabaseAvailability {

  private static final Logger LOG = Logger.getLogger(DatabaseAvailability.class.getName());

  /** What a visitor is told to wait before trying again, in seconds. */
  public static final int RETRY_AFTER_SECONDS = 5;

  /** Where the circuit stands: up, or down since a time for a reason. */
  public record State(boolean up, Instant since, String reason) {}

  @jakarta.inject.Inject private Clock clock;
  private Consumer<String> log = LOG::warning;
  private volatile State state = new State(true, Instant.EPOCH, "");
  private volatile Runnable watch;

  public DatabaseAvailability() {}

  /** A circuit with its own clock and log, for tests. */
  public DatabaseAvailability(Clock clock, Consumer<String> log) {
    this.clock = clock;
    this.log = log;
  }

  public boolean isDown() {
    return !state.up();
  }

  public State state() {
    return state;
  }

  /** How long the database has been away, when it is. */
  public Optional<Duration> downFor() {
    State now = state;
    return now.up()
        ? Optional.empty()
        : Optional.of(Duration.between(now.since(), clock.instant()));
  }

  /** The database failed to answer: the circuit opens (one line in the log if it was up). */
  public void down(String reason) {
    State before;
    synchronized (this) {
      before = state;
      if (!before.up()) {
        return;
      }
      state = new State(false, clock.instant(), reason);
    }
    log.accept(
        "Database unavailable ("
            + reason
            + "): serving kept pages, 503 for the rest, until it answers again");
  }

  /** The database answered: the circuit closes (one line in the log if it was down). */
  public void up() {
    State before;
    synchronized (this) {
      before = state;
      if (before.up()) {
        return;
      }
      state = new State(true, clock.instant(), "");
    }
    log.accept(
        "Database available again after "
            + Duration.between(before.since(), clock.instant()).toMillis()
            + " ms");
  }

  /**
   * A request or a task met {@code failure} from the database: the watch, when there is one, asks
   * the database at once and decides (one judge, so one log line per change, never a flap on one
   * broken pooled connection). Without a watch (the embedded database, which lives in this process)
   * nothing changes. The caller answers as if the database were away, for this request.
   */
  public void suspect(Throwable failure) {
    Runnable check = watch;
    if (check != null) {
      check.run();
    }
  }

  /** The database watch's "ask now" (it runs the question in the background). */
  public void watchedBy(Runnable askNow) {
    this.watch = askNow;
  }

  /**
   * Whether {@code failure} (or one of its causes) is the database failing to answer: a connection
   * refused, reset or timed out (SQL state class 08, 57P admin shutdown, 53 out of resources), a
   * socket error <em>under</em> the database's path (JDBC, the persistence provider, the connection
   * pool), or the pool unable to give a connection. A programming error, a constraint, a lock
   * conflict or a missing row is not; nor is a socket error of anything else — a visitor's upload
   * cut short, a mail server, a web address — which says nothing about the database.
   */
  public static boolean isDatabaseFailure(Throwable failure) {
    boolean underDatabase = false;
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof java.sql.SQLTransientConnectionException
          || t instanceof java.sql.SQLNonTransientConnectionException
          || t instanceof java.sql.SQLTimeoutException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08") || state.startsWith("57P") || state.startsWith("53")) {
          return true;
        }
      }
      String name = t.getClass().getName();
      if (name.endsWith("PoolingException")
          || name.endsWith("ResourceAllocationException")
          || String.valueOf(t.getMessage()).contains("Error in allocating a connection")) {
        return true;
      }
      underDatabase |= fromDatabasePath(t);
      if (underDatabase
          && (t instanceof java.net.SocketException
              || t instanceof java.net.SocketTimeoutException
              || t instanceof java.io.EOFException)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code t} is thrown by JDBC, a driver or the persistence provider (EclipseLink). */
  private static boolean fromDatabasePath(Throwable t) {
    return t instanceof SQLException
        || t instanceof jakarta.persistence.PersistenceException
        || t.getClass().getName().startsWith("org.eclipse.persistence.exceptions.");
  }

  /** A short description of a failure for the one log line: its kind and message. */
  public static String describe(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = String.valueOf(root.getMessage()).lines().findFirst().orElse("");
    return root.getClass().getSimpleName()
        + ": "
        + (message.length() > 160 ? message.substring(0, 160) + "…" : message);
  }
}
