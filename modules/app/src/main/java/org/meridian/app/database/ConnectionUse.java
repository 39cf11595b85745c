package org.meridian.app.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;
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
 *
 * <p>And it watches for a thread that takes a second connection while it holds one: under load such
 * threads can take the whole pool and wait for each other for ever (a search held one for its
 * transaction and asked the pool for another for its items: bench/README.md). Each place in the
 * code that does it is logged once (with Meridian's frames), {@link #mostHeldByOneThread} tells
 * {@code /metrics}, and {@link #mostHeldWhile} tells the tests.
 */
public class ConnectionUse extends SessionEventAdapter {

  /** The pool's size ({@link DatabaseDefinition}'s {@code maxPoolSize}). */
  public static final int POOL_MAX = 32;

  private static final Logger LOG = Logger.getLogger(ConnectionUse.class.getName());

  private static final AtomicInteger IN_USE = new AtomicInteger();

  /**
   * The connections this thread holds now, and the most it has held at once since {@link
   * #mostHeldWhile}.
   */
  private static final ThreadLocal<int[]> HELD = ThreadLocal.withInitial(() -> new int[2]);

  /** The places (Meridian's frames) already logged as taking a second connection. */
  private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

  /** The most connections one thread has held at once since start. */
  private static final AtomicInteger MOST_HELD = new AtomicInteger();

  private static final LongAdder ACQUIRED = new LongAdder();

  /** The wait for the database, in milliseconds, of the request this thread serves (0: none). */
  private static final ThreadLocal<Integer> REQUEST_LIMIT = ThreadLocal.withInitial(() -> 0);

  /** Whether this thread shortened the connection it holds (to put the pool's limit back). */
  private static final ThreadLocal<Boolean> SHORTENED = ThreadLocal.withInitial(() -> false);

  @Override
  public void postAcquireConnection(SessionEvent event) {
    IN_USE.incrementAndGet();
    ACQUIRED.increment();
    int[] held = HELD.get();
    held[0]++;
    held[1] = Math.max(held[1], held[0]);
    if (held[0] > 1) {
      MOST_HELD.accumulateAndGet(held[0], Math::max);
      String at = ourFrames(new Throwable().getStackTrace());
      if (WARNED.size() < 20 && WARNED.add(at)) {
        LOG.warning(
            "A thread took a second database connection while it held one; under load such"
                + " threads can take the whole pool and wait for each other. Taken at "
                + at);
      }
    }
    int limit = REQUEST_LIMIT.get();
    if (limit > 0 && bound(event, limit)) {
      SHORTENED.set(true);
    }
  }

  @Override
  public void preReleaseConnection(SessionEvent event) {
    IN_USE.decrementAndGet();
    int[] held = HELD.get();
    held[0] = Math.max(0, held[0] - 1);
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

  /** The most connections one thread has held at once since the server started. */
  public static int mostHeldByOneThread() {
    return MOST_HELD.get();
  }

  /** Runs {@code work} on this thread; returns the most connections it held at once meanwhile. */
  public static int mostHeldWhile(Runnable work) {
    int[] held = HELD.get();
    held[1] = held[0];
    work.run();
    return held[1];
  }

  /** The first few of Meridian's own frames of {@code stack}, innermost first. */
  private static String ourFrames(StackTraceElement[] stack) {
    StringBuilder out = new StringBuilder();
    int n = 0;
    for (StackTraceElement frame : stack) {
      String type = frame.getClassName();
      if (type.startsWith("org.meridian.")
          && !type.startsWith(ConnectionUse.class.getName())
          && !type.contains("$Proxy$")
          && n++ < 4) {
        out.append(n == 1 ? "" : " < ")
            .append(type.substring(type.lastIndexOf('.') + 1))
            .append('.')
            .append(frame.getMethodName())
            .append(':')
            .append(frame.getLineNumber());
      }
    }
    return n == 0 ? "(no Meridian frame)" : out.toString();
  }

  public static long acquired() {
    return ACQUIRED.sum();
  }
}
