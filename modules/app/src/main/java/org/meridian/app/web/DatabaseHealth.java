package org.meridian.app.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.meridian.app.database.DatabaseSettings;
import org.meridian.app.database.DatabaseTimeouts;
import org.meridian.tenancy.health.DatabaseAvailability;

/**
 * Ready when the database answers; reported at {@code /health}. PostgreSQL is asked every half
 * second by the database watch, with short timeouts, and this check reports its last answer at once
 * (never waiting on a database that does not answer); the embedded database is asked here.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

  @Resource(lookup = "java:app/jdbc/meridian")
  private DataSource dataSource;

  @Inject private DatabaseAvailability availability;

  @Override
  public HealthCheckResponse call() {
    DatabaseAvailability.State state = availability.state();
    if (!state.up()) {
      return HealthCheckResponse.named("database")
          .down()
          .withData("since", state.since().toString())
          .withData("error", state.reason())
          .build();
    }
    if (DatabaseSettings.fromConfig().isPostgres()) {
      return HealthCheckResponse.up("database");
    }
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(DatabaseTimeouts.seconds())
          ? HealthCheckResponse.up("database")
          : HealthCheckResponse.down("database");
    } catch (Exception e) {
      return HealthCheckResponse.named("database")
          .down()
          .withData("error", e.getClass().getSimpleName())
          .build();
    }
  }
}
