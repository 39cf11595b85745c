package org.meridian.app.launcher;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/**
 * Turns a failure to reach the database into one line that names the setting to fix. Used by the
 * launcher (before Payara boots) and by the application's start-up, so it needs nothing but the
 * JDK.
 */
public final class StartupFailure {

  private StartupFailure() {}

  /** {@code url} with any password parameter masked, for log lines. */
  public static String mask(String url) {
    return url == null ? "" : url.replaceAll("(?i)password=[^&;]*", "password=***");
  }

  /** One line saying what went wrong and which setting to fix; {@code where} names the database. */
  public static String describe(Throwable failure, String where) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.equals("28P01") || state.equals("28000")) {
          return "the database refused the user or password: check MERIDIAN_DB_USER and"
              + " MERIDIAN_DB_PASSWORD ("
              + where
              + ": "
              + sql.getMessage()
              + ")";
        }
        if (state.equals("42501")) {
          return "the database user may not create or change Meridian's tables: make MERIDIAN_DB_USER"
              + " the owner of the database, or grant it CREATE on its schema ("
              + where
              + ": "
              + sql.getMessage()
              + ")";
        }
        if (state.equals("3D000")) {
          return "the database named in MERIDIAN_DB_URL does not exist: create it or fix the URL ("
              + where
              + ")";
        }
        if (state.startsWith("08")) {
          return "cannot reach the database: check MERIDIAN_DB_URL ("
              + where
              + ": "
              + sql.getMessage()
              + ")";
        }
      }
      if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
        return "cannot reach the database: check MERIDIAN_DB_URL ("
            + where
            + ": "
            + cause.getMessage()
            + ")";
      }
      if (cause instanceof IllegalArgumentException
          && cause.getMessage() != null
          && cause.getMessage().startsWith("MERIDIAN_")) {
        return cause.getMessage();
      }
    }
    return "the database could not be prepared (" + where + "): " + failure;
  }
}
