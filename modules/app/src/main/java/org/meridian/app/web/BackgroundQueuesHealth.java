package org.meridian.app.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.meridian.app.database.ConnectionUse;
import org.meridian.app.database.DatabaseTimeouts;
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

  private static final String NAME = "background-queues";

  @Inject private FanOut fanOut;
  @Inject private MailOutbox outbox;
  @Inject private MailTicker mail;
  @Inject private Clock clock;
  @Inject private org.meridian.tenancy.health.DatabaseAvailability database;

  /** How often a waiting check looks whether the database watch has seen an outage meanwhile. */
  private static final long LOOK_MILLIS = 50;

  @Resource private ManagedExecutorService threads;

  /** The reading of the queues under way, if any: one at a time, whoever asks. */
  private Future<HealthCheckResponse> reading;

  /**
   * The queues' state, waited for at most {@code meridian.db.timeout-seconds} in all: the first
   * {@code /health} after the database froze took 10.5 s while each of its reads waited for its own
   * timeout, one after the other. The reading runs on a thread of its own with every database wait
   * bounded by the same time; while it waits this answers as soon as the database watch has seen
   * the outage, or when the time is up; a later call waits for the same reading rather than
   * starting another.
   */
  @Override
  public HealthCheckResponse call() {
    if (database.isDown()) {
      return unavailable();
    }
    int seconds = DatabaseTimeouts.seconds();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    Future<HealthCheckResponse> answer = reading(seconds * 1000);
    while (true) {
      try {
        return answer.get(LOOK_MILLIS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException notYet) {
        if (database.isDown()) {
          return unavailable();
        }
        if (System.nanoTime() - deadline >= 0) {
          return HealthCheckResponse.named(NAME)
              .down()
              .withData("error", "no answer within " + seconds + " s")
              .build();
        }
      } catch (ExecutionException e) {
        return HealthCheckResponse.named(NAME)
            .down()
            .withData("error", e.getCause().getClass().getSimpleName())
            .build();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return unavailable();
      }
    }
  }

  private synchronized Future<HealthCheckResponse> reading(int millis) {
    if (reading == null || reading.isDone()) {
      reading = threads.submit(() -> read(millis));
    }
    return reading;
  }

  /** The queues are in the database: not asked while it is away (the database check says so). */
  private static HealthCheckResponse unavailable() {
    return HealthCheckResponse.named(NAME).down().withData("error", "database unavailable").build();
  }

  /** Reads the queues, every database wait bounded by {@code millis}, as a reading request's. */
  private HealthCheckResponse read(int millis) throws Exception {
    HealthCheckResponse[] read = new HealthCheckResponse[1];
    ConnectionUse.whileReading(millis, () -> read[0] = figures());
    return read[0];
  }

  private HealthCheckResponse figures() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
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
