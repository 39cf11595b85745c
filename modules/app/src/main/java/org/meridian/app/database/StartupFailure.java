package org.meridian.app.database;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/** Turns a failure to reach the database into one line that names the setting to fix. */
public final class StartupFailure {

  private StartupFailure() {}

  public static String describe(Throwable failure, DatabaseSettings settings) {
    String where = settings.describe();
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
