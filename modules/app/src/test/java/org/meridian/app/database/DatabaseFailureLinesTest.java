package org.meridian.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which lines of the pool and EclipseLink a database failure no longer puts in the log. */
class DatabaseFailureLinesTest {

  private static final String ECLIPSELINK = "org.eclipse.persistence.session./file:/app/_meridian";
  private static final String POOL =
      "javax.enterprise.resource.resourceadapter.com.sun.enterprise.resource.allocator";

  @ParameterizedTest(name = "{0} {1} {2}: kept {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // logger    | message                          | thrown       | kept
        "eclipselink | ''                               | read timeout | false",
        "eclipselink | ''                               | no pool      | false",
        "eclipselink | ''                               | constraint   | true",
        "eclipselink | ''                               | none         | true",
        "pool        | poolmgr.create_resource_error    | none         | false",
        "pool        | poolmgr.get_connection_failure   | none         | false",
        "pool        | jdbc.exc_get_conn                | none         | false",
        "pool        | jdbc.exc_metadata_validation     | none         | false",
        "pool        | poolmgr.some_other_trouble       | none         | true",
        "pool        | poolmgr.system_exception         | closed       | false",
        "pool        | poolmgr.system_exception         | not usable   | false",
        "pool        | poolmgr.system_exception         | constraint   | true",
        "jta         | enterprise_distributedtx.some_excep | not usable as xa | false",
        "jta         | enterprise_distributedtx.some_excep | closed as xa | false",
        "jta         | enterprise_distributedtx.some_excep | constraint | true",
        "meridian    | ''                               | read timeout | true",
        "meridian    | Database unavailable (...)       | none         | true",
      })
  void aDatabaseFailureIsTheWatchsLineNotThePoolsOrEclipseLinks(
      String logger, String message, String thrown, boolean kept) {
    LogRecord record = new LogRecord(Level.WARNING, message);
    record.setLoggerName(
        switch (logger) {
          case "eclipselink" -> ECLIPSELINK;
          case "pool" -> POOL;
          case "jta" -> "javax.enterprise.resource.jta.com.sun.enterprise.transaction";
          default -> "org.meridian.site.SiteServlet";
        });
    record.setThrown(
        switch (thrown) {
          // As EclipseLink wraps the driver's exception: a read timed out on the database's
          // socket (PostgreSQL's driver: SQL state 08006 around the socket's exception).
          case "read timeout" ->
              new RuntimeException(
                  "Exception [EclipseLink-4002]",
                  new SQLException(
                      "An I/O error occurred while sending to the backend.",
                      "08006",
                      new SocketTimeoutException("Read timed out")));
          case "no pool" ->
              new RuntimeException(
                  new SQLException(
                      "Error in allocating a connection. Cause: Connection attempt timed out."));
          case "closed" ->
              new RuntimeException(
                  "This connection has been closed.",
                  new SQLException("This connection has been closed.", "08003"));
          case "closed as xa" ->
              new javax.transaction.xa.XAException(
                  "jakarta.resource.spi.LocalTransactionException: This connection has been"
                      + " closed.");
          // A rollback after the freeze, on a connection the pool had marked broken
          // (ConnectorXAResource.rollback → ManagedConnectionImpl.checkIfValid).
          case "not usable" ->
              new IllegalStateException(
                  "This Managed Connection is not valid as the physical connection is not usable");
          case "not usable as xa" ->
              new javax.transaction.xa.XAException(
                  "jakarta.resource.ResourceException: This Managed Connection is not valid as the"
                      + " physical connection is not usable");
          case "constraint" ->
              new RuntimeException(new SQLException("duplicate key value", "23505"));
          default -> null;
        });
    assertThat(new DatabaseFailureLines(null).isLoggable(record)).isEqualTo(kept);
  }
}
