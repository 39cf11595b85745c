package org.meridian.workflow.schedule;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the {@link ScheduleRunner} at a fixed interval on the container's managed scheduler, the
 * first time right at start-up, so that changes that came due while no server was running are
 * carried out at once.
 */
@ApplicationScoped
public class ScheduleTicker {

  private static final Logger LOG = Logger.getLogger(ScheduleTicker.class.getName());

  @Resource private ManagedScheduledExecutorService executor;
  @Inject private ScheduleRunner runner;
  @Inject private org.meridian.tenancy.health.OperationCounters counters;
  @Inject private org.meridian.tenancy.health.DatabaseAvailability database;

  private org.meridian.tenancy.background.Ticking ticking;

  /** Starts the runs; {@code node} names this server in what it records. */
  public synchronized void start(Duration interval, String node) {
    if (ticking != null) {
      return;
    }
    if (interval.isNegative() || interval.isZero() || interval.toSeconds() > 60) {
      throw new IllegalArgumentException(
          "The scheduler's interval must be between 1 and 60 seconds: got " + interval);
    }
    ticking = org.meridian.tenancy.background.Ticking.start(executor, interval, () -> tick(node));
    LOG.info(() -> "Scheduler runs every " + interval.toSeconds() + " s as " + node);
  }

  private void tick(String node) {
    if (database.isDown()) {
      return; // due changes wait in the database; the first run after the outage takes them
    }
    try {
      counters.scheduledChangesRun(runner.runDue(node));
    } catch (RuntimeException e) {
      // A run that fails must not stop the next ones; the database away is one line, not one a run.
      if (org.meridian.tenancy.health.DatabaseAvailability.isDatabaseFailure(e)) {
        database.suspect(e);
      } else {
        LOG.log(Level.WARNING, "Scheduled changes could not be run now: " + e.getMessage(), e);
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
