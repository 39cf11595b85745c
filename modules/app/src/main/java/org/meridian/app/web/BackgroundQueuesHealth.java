package org.meridian.app.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.meridian.content.syndication.FanOut;
import org.meridian.tenancy.health.Backlog;
import org.meridian.tenancy.mail.MailOutbox;
import org.meridian.tenancy.mail.MailTicker;

/**
 * Ready unless a background queue is stuck: a syndication line that has waited for the fan-out, or
 * an e-mail that has been due (with an SMTP server configured), for more than {@link #STUCK}. The
 * queues live in the shared database, so a stuck queue shows on every server: this is what an
 * operator's monitoring reads, not what a load balancer should route by (docs/operations.md).
 */
@Readiness
@ApplicationScoped
public class BackgroundQueuesHealth implements HealthCheck {

  /** Far longer than any interval allows (the slowest fan-out period is five minutes). */
  static final Duration STUCK = Duration.ofMinutes(15);

  @Inject private FanOut fanOut;
  @Inject private MailOutbox outbox;
  @Inject private MailTicker mail;
  @Inject private Clock clock;
  @Inject private org.meridian.tenancy.health.DatabaseAvailability database;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("background-queues").up();
    if (database.isDown()) {
      // The queues are in the database: not asked while it is away (the database check says so).
      return response.down().withData("error", "database unavailable").build();
    }
    try {
      var now = clock.instant();
      Backlog syndication = fanOut.backlog();
      Backlog email = outbox.due(now);
      response
          .withData("fan-out-waiting", syndication.waiting())
          .withData("outbox-due", email.waiting())
          .withData("outbox-sending", mail.sending());
      if (syndication.stuck(now, STUCK)) {
        response.down().withData("fan-out-stuck-since", syndication.oldestSince().get().toString());
      }
      if (mail.sending() && email.stuck(now, STUCK)) {
        response.down().withData("outbox-stuck-since", email.oldestSince().get().toString());
      }
    } catch (RuntimeException e) {
      response.down().withData("error", e.getClass().getSimpleName());
    }
    return response.build();
  }
}
