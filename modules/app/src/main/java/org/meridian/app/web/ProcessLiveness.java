package org.meridian.app.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.meridian.tenancy.health.BuildInfo;

/**
 * Alive while the server answers at all: it needs neither the database nor any queue, so that a
 * supervisor restarts a hung process, not one whose database is away ({@code /health/live}). It
 * names the release the server runs.
 */
@Liveness
@ApplicationScoped
public class ProcessLiveness implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("meridian")
        .up()
        .withData("version", BuildInfo.version())
        .build();
  }
}
