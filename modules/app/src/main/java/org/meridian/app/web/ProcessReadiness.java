package org.meridian.app.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@link ProcessLiveness}'s check among the readiness checks too: not ready while stopping. (One
 * class with both annotations is registered as one kind only by Payara's MicroProfile Health.)
 */
@Readiness
@ApplicationScoped
public class ProcessReadiness implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    return ProcessLiveness.check();
  }
}
