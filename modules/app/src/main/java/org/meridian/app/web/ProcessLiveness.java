package org.meridian.app.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.meridian.tenancy.health.BuildInfo;

/**
 * Alive while the server answers at all: it needs neither the database nor any queue, so that a
 * supervisor restarts a hung process, not one whose database is away ({@code /health/live}). It
 * names the release the server runs, and answers DOWN (ready and live) once the server is stopping,
 * while it finishes the requests in flight.
 */
@Liveness
@ApplicationScoped
public class ProcessLiveness implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    return check();
  }

  /** The check itself, also among the readiness checks ({@link ProcessReadiness}). */
  static HealthCheckResponse check() {
    // Set by the launcher on SIGTERM: a balancer stops sending while the last requests end.
    boolean stopping = "true".equals(System.getProperty("meridian.draining"));
    return HealthCheckResponse.named("meridian")
        .status(!stopping)
        .withData("version", BuildInfo.version())
        .withData("stopping", stopping)
        .build();
  }
}
