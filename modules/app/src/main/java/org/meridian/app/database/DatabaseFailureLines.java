package org.meridian.app.database;

import java.util.Set;
import java.util.logging.Filter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.meridian.tenancy.health.DatabaseAvailability;

/**
 * Keeps out of the log what the connection pool and EclipseLink write each time a connection to the
 * database fails: three lines of the pool's and a stack trace of EclipseLink's (its "Local
 * Exception Stack") for every read the database left without an answer, so a freeze logged a stack
 * trace for each read in flight. The application handles each such failure (a kept page or a 503, a
 * task that waits) and the database watch says, in one line each way, when the database went and
 * came back (docs/operations.md, "When the database is away"). Every other line of theirs stays, as
 * do the application's own.
 */
public final class DatabaseFailureLines implements Filter {

  /**
   * The pool's lines for a connection it could not make or give, or found dead when the database
   * came back (Payara's message keys, logged without the failure).
   */
  static final Set<String> POOL_FAILURES =
      Set.of(
          "poolmgr.create_resource_error",
          "poolmgr.get_connection_failure",
          "jdbc.exc_get_conn",
          "jdbc.exc_metadata_validation");

  /**
   * PostgreSQL's driver's words for a connection it closed after a failure; the transaction manager
   * passes them on in the message of an {@code XAException} without its cause.
   */
  static final String CLOSED = "This connection has been closed";

  /**
   * The pool's words for a connection it already saw fail ({@code jdbc.mc_not_usable}, {@code
   * jdbc.conn_not_usable}): a transaction rolled back on it after the database went logs them with
   * {@code poolmgr.system_exception}; the failure itself was the database's.
   */
  static final String NOT_USABLE = "physical connection is not usable";

  private final Filter before;

  DatabaseFailureLines(Filter before) {
    this.before = before;
  }

  /** Puts the filter on every handler of the root logger (the console's, from the launcher). */
  static void install() {
    for (Handler handler : Logger.getLogger("").getHandlers()) {
      if (!(handler.getFilter() instanceof DatabaseFailureLines)) {
        handler.setFilter(new DatabaseFailureLines(handler.getFilter()));
      }
    }
  }

  /** Takes the filter off again, when the application stops. */
  static void uninstall() {
    for (Handler handler : Logger.getLogger("").getHandlers()) {
      if (handler.getFilter() instanceof DatabaseFailureLines lines) {
        handler.setFilter(lines.before);
      }
    }
  }

  @Override
  public boolean isLoggable(LogRecord record) {
    return !isDatabaseFailureLine(record) && (before == null || before.isLoggable(record));
  }

  static boolean isDatabaseFailureLine(LogRecord record) {
    String logger = record.getLoggerName() == null ? "" : record.getLoggerName();
    // The pool (resourceadapter) and the transaction manager (jta): a read in flight when the
    // database went, rolled back on its dead connection, left three stack traces.
    boolean container = logger.startsWith("javax.enterprise.resource.");
    if (container && POOL_FAILURES.contains(record.getMessage())) {
      return true;
    }
    if (record.getThrown() == null
        || !(container || logger.startsWith("org.eclipse.persistence"))) {
      return false;
    }
    return DatabaseAvailability.isDatabaseFailure(record.getThrown())
        || saysConnectionGone(record.getThrown());
  }

  private static boolean saysConnectionGone(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = String.valueOf(t.getMessage());
      if (message.contains(CLOSED) || message.contains(NOT_USABLE)) {
        return true;
      }
    }
    return false;
  }
}
