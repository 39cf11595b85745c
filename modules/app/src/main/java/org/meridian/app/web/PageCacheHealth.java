package org.meridian.app.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.meridian.site.PageCache;

/** Ready when the page cache of the public sites exists and answers; its figures as data. */
@Readiness
@ApplicationScoped
public class PageCacheHealth implements HealthCheck {

  @Inject private PageCache cache;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("page-cache");
    try {
      PageCache.Figures figures = cache.figures();
      return response
          .up()
          .withData("pages", figures.pages())
          .withData("bytes", figures.bytes())
          .withData("capacity-bytes", figures.capacityBytes())
          .build();
    } catch (RuntimeException e) {
      return response.down().withData("error", e.getClass().getSimpleName()).build();
    }
  }
}
