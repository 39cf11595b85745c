package org.meridian.app.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.meridian.app.launcher.WarmUp;

/**
 * Not ready while the launcher renders each kind of public page for the first time ({@link
 * WarmUp}): a balancer or compose's health-gated start sends no visitor before the pages are warm.
 * A server started without the launcher's warm-up is ready at once.
 */
@Readiness
@ApplicationScoped
public class WarmUpHealth implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    boolean warming = WarmUp.PENDING.equals(System.getProperty(WarmUp.STATE_PROPERTY));
    return HealthCheckResponse.named("warm-up")
        .status(!warming)
        .withData("warming-up", warming)
        .build();
  }
}
