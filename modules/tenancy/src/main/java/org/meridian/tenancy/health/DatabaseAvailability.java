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
 * half second with short timeouts) and every request that met a database failure move between
 * {@code up} and {@code down}. While it is down, the public sites serve the pages this server kept
 * and answer 503 with {@code Retry-After} for the rest at once, the API and the console answer 503
 * at once, and background work waits: nothing waits on a database that does not answer.
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
   * Whether {@code failure} (or one of its causes) is the database failing to answer or refusing
   * work: a JDBC or persistence error, a socket that timed out or was refused. A programming error
   * (a null, a bad argument) is not.
   */
  public static boolean isDatabaseFailure(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException
          || t instanceof java.net.SocketException
          || t instanceof java.net.SocketTimeoutException
          || t instanceof jakarta.persistence.PersistenceException
          || t instanceof jakarta.transaction.SystemException) {
        return true;
      }
      String name = t.getClass().getName();
      if (name.endsWith(".DatabaseException")
          || name.endsWith("PoolingException")
          || name.endsWith("ResourceException")) {
        return true;
      }
    }
    return false;
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
