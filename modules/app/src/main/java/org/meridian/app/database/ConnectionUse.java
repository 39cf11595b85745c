package org.meridian.app.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * How many database connections the persistence unit holds now (taken from Payara's pool for a
 * transaction or a read, and not yet given back), and how many it has taken since start: the pool's
 * use for {@code /metrics}. EclipseLink creates it from {@code persistence.xml} ({@code
 * eclipselink.session-event-listener}); direct JDBC use (start-up, the health check) is not
 * counted.
 *
 * <p>It also shortens how long a connection waits for the database while a reading request holds it
 * ({@link DatabaseTimeouts}, {@link #whileReading}), and puts the pool's own limit back when the
 * request gives it back; other work keeps the pool's limit.
 */
public class ConnectionUse extends SessionEventAdapter {

  /** The pool's size ({@link DatabaseDefinition}'s {@code maxPoolSize}). */
  public static final int POOL_MAX = 32;

  private static final AtomicInteger IN_USE = new AtomicInteger();
  private static final LongAdder ACQUIRED = new LongAdder();

  /** The wait for the database, in milliseconds, of the request this thread serves (0: none). */
  private static final ThreadLocal<Integer> REQUEST_LIMIT = ThreadLocal.withInitial(() -> 0);

  /** Whether this thread shortened the connection it holds (to put the pool's limit back). */
  private static final ThreadLocal<Boolean> SHORTENED = ThreadLocal.withInitial(() -> false);

  @Override
  public void postAcquireConnection(SessionEvent event) {
    IN_USE.incrementAndGet();
    ACQUIRED.increment();
    int limit = REQUEST_LIMIT.get();
    if (limit > 0 && bound(event, limit)) {
      SHORTENED.set(true);
    }
  }

  @Override
  public void preReleaseConnection(SessionEvent event) {
    IN_USE.decrementAndGet();
    if (SHORTENED.get()) {
      SHORTENED.remove();
      bound(event, DatabaseTimeouts.WORK_SECONDS * 1000);
    }
  }

  /**
   * Runs {@code work} (a GET or HEAD request) with every database wait bounded by {@code millis}.
   */
  public static void whileReading(int millis, ThrowingRunnable work) throws Exception {
    REQUEST_LIMIT.set(millis);
    try {
      work.run();
    } finally {
      REQUEST_LIMIT.remove();
    }
  }

  /** A request's work. */
  @FunctionalInterface
  public interface ThrowingRunnable {
    void run() throws Exception;
  }

  private static boolean bound(SessionEvent event, int millis) {
    if (!(event.getResult() instanceof Accessor accessor)) {
      return false;
    }
    Connection connection = accessor.getConnection();
    if (connection == null) {
      return false;
    }
    try {
      // Payara's pool wraps the connection and passes the limit on to PostgreSQL's own, on its
      // socket. Never through unwrap(): Payara's builds a new dynamic proxy at each call, which
      // took a quarter of an uncached page's CPU on PostgreSQL (bench/README.md).
      if (connection.isWrapperFor(org.postgresql.jdbc.PgConnection.class)) {
        connection.setNetworkTimeout(Runnable::run, millis);
        return true;
      }
    } catch (SQLException | RuntimeException e) {
      // A connection that cannot take a limit (H2, in this process) keeps none.
    }
    return false;
  }

  public static int inUse() {
    return Math.max(0, IN_USE.get());
  }

  public static long acquired() {
    return ACQUIRED.sum();
  }
}
