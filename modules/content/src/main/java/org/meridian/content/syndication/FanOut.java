package org.meridian.content.syndication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.meridian.content.syndication.internal.FanOutRunner;
import org.meridian.content.syndication.internal.FanOutTicker;

/**
 * The syndication fan-out as the rest of the application starts and drives it: the periodic runs
 * (start-up) and a run of the open work now (demo and bench data). The machinery stays in {@code
 * internal}.
 */
@ApplicationScoped
public class FanOut {

  @Inject private FanOutTicker ticker;
  @Inject private FanOutRunner runner;
  @Inject private org.meridian.content.syndication.internal.TargetRows rows;

  /** Starts the periodic runs; {@code node} names this server in the report. */
  public void start(Duration interval, String node) {
    ticker.start(interval, node);
  }

  /** The lines that wait for the fan-out, in every office (health checks and metrics). */
  public org.meridian.tenancy.health.Backlog backlog() {
    return rows.backlog();
  }

  /** The lines that failed, in every office (metrics). */
  public long failedLines() {
    return rows.failedCount();
  }

  /** Carries out the open work now, on this thread; returns the offices done. */
  public int runOpen(String node) {
    return runner.runOpen(node);
  }
}
