package org.meridian.tenancy.mail;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the {@link MailRelay} at a fixed interval on the container's managed scheduler, when an SMTP
 * server is configured; without one, messages stay in the outbox.
 */
@ApplicationScoped
public class MailTicker {

  private static final Logger LOG = Logger.getLogger(MailTicker.class.getName());

  @Resource private ManagedScheduledExecutorService executor;
  @Inject private JpaOutboxStore store;
  @Inject private Clock clock;
  @Inject private org.meridian.tenancy.health.DatabaseAvailability database;

  private org.meridian.tenancy.background.Ticking ticking;

  /** Whether this server sends the outbox (an SMTP server is configured and sending started). */
  public synchronized boolean sending() {
    return ticking != null && ticking.isRunning();
  }

  /** Starts sending through the configured server; {@code node} names this server. */
  public synchronized void start(MailSettings settings, String node) {
    if (ticking != null) {
      return;
    }
    if (!settings.configured()) {
      LOG.info(
          "No SMTP server configured (meridian.smtp.host): e-mail stays in the outbox, unsent");
      return;
    }
    MailRelay relay =
        new MailRelay(store, new SmtpTransport(settings, clock), settings, clock, node);
    ticking =
        org.meridian.tenancy.background.Ticking.start(
            executor, settings.interval(), () -> tick(relay, database));
    LOG.info(
        () ->
            "Mail is sent through "
                + settings.describe()
                + " every "
                + settings.interval().toSeconds()
                + " s as "
                + node);
  }

  private static void tick(
      MailRelay relay, org.meridian.tenancy.health.DatabaseAvailability database) {
    if (database.isDown()) {
      return; // the outbox waits in the database
    }
    try {
      relay.relayDue();
    } catch (RuntimeException e) {
      // A run that fails must not stop the next ones; the database away is one line, not one a run.
      if (org.meridian.tenancy.health.DatabaseAvailability.isDatabaseFailure(e)) {
        database.suspect(e);
      } else {
        LOG.log(Level.WARNING, "The outbox could not be sent now: " + e.getMessage(), e);
      }
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (ticking != null) {
      ticking.stop();
      ticking = null;
    }
  }
}
