package org.meridian.content.syndication.internal;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.meridian.content.syndication.SyndicationWork;

/**
 * Runs the fan-out in the background on the container's managed scheduler: right after a
 * transaction that left work commits (a sharing, a withdrawal, a source published), and every
 * interval as a safety net (work another server left, a server that stopped half-way). One run at a
 * time on this server; a kick during a run makes it run once more.
 */
@ApplicationScoped
public class FanOutTicker {

  private static final Logger LOG = Logger.getLogger(FanOutTicker.class.getName());

  @Resource private ManagedScheduledExecutorService executor;
  @Inject private FanOutRunner runner;
  @Inject private org.meridian.tenancy.health.DatabaseAvailability database;

  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();
  private volatile String node = "server";
  private org.meridian.tenancy.background.Ticking ticking;

  /** Starts the periodic runs; {@code node} names this server in the report. */
  public synchronized void start(Duration interval, String node) {
    if (ticking != null) {
      return;
    }
    this.node = node;
    ticking = org.meridian.tenancy.background.Ticking.start(executor, interval, this::run);
    LOG.info(() -> "Syndication fan-out runs every " + interval.toSeconds() + " s as " + node);
  }

  void onWork(@Observes(during = TransactionPhase.AFTER_SUCCESS) SyndicationWork work) {
    kick();
  }

  /** Runs the fan-out soon, in the background. */
  public void kick() {
    if (ticking == null) {
      // Not started (the demo loader runs the fan-out itself): the first tick picks work up.
      return;
    }
    again.set(true);
    if (!running.get()) {
      executor.submit(this::run);
    }
  }

  private void run() {
    if (database != null && database.isDown()) {
      return; // the work waits in the database; the first run after the outage takes it
    }
    if (!running.compareAndSet(false, true)) {
      again.set(true);
      return;
    }
    try {
      do {
        again.set(false);
        runner.runOpen(node);
      } while (again.get());
    } catch (RuntimeException e) {
      if (database != null
          && org.meridian.tenancy.health.DatabaseAvailability.isDatabaseFailure(e)) {
        database.suspect(e);
      } else {
        LOG.log(Level.WARNING, "The syndication fan-out could not run now: " + e.getMessage(), e);
      }
    } finally {
      running.set(false);
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
