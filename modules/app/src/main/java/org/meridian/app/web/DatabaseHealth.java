package org.meridian.app.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers within two seconds; reported at {@code /health}. */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

  @Resource(lookup = "java:app/jdbc/meridian")
  private DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2)
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
