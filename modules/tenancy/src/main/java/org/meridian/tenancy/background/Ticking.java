package org.meridian.tenancy.background;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A background task run again and again, {@code period} after each run ends, on the container's
 * managed scheduler: a chain of one-shot tasks, each scheduled when the one before has run. Not
 * {@code scheduleWithFixedDelay}: the scheduler of Payara 7.2026.11 (GlassFish Concurro before its
 * fix of issue 182) queues a periodic task's next run before it resets the context of the run that
 * ended, so the reset finds another run's context and fails ("No invocation on invocation stack",
 * logged with a stack trace at every run, and the scheduler's thread replaced each time). A
 * one-shot task's context is its own.
 *
 * <p>Nothing a run throws stops the chain (a periodic task that throws is never run again).
 */
public final class Ticking {

  private static final Logger LOG = Logger.getLogger(Ticking.class.getName());

  private final ManagedScheduledExecutorService executor;
  private final Runnable task;
  private final long periodMillis;
  private volatile boolean stopped;
  private volatile ScheduledFuture<?> next;

  private Ticking(ManagedScheduledExecutorService executor, Duration period, Runnable task) {
    this.executor = executor;
    this.task = task;
    this.periodMillis = period.toMillis();
  }

  /** Runs {@code task} now, then {@code period} after each run ends, until {@link #stop}. */
  public static Ticking start(
      ManagedScheduledExecutorService executor, Duration period, Runnable task) {
    Ticking ticking = new Ticking(executor, period, task);
    ticking.schedule(0);
    return ticking;
  }

  private void schedule(long delayMillis) {
    if (stopped) {
      return;
    }
    try {
      next = executor.schedule(this::runThenAgain, delayMillis, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException | IllegalStateException shuttingDown) {
      stopped = true; // the application is going away
    }
  }

  private void runThenAgain() {
    try {
      task.run();
    } catch (RuntimeException unexpected) {
      LOG.log(
          Level.WARNING, "A background task failed; it runs again at its next time", unexpected);
    } finally {
      schedule(periodMillis);
    }
  }

  /** Whether the runs go on. */
  public boolean isRunning() {
    return !stopped;
  }

  /** No run after the one under way, if any. */
  public void stop() {
    stopped = true;
    ScheduledFuture<?> pending = next;
    if (pending != null) {
      pending.cancel(false);
    }
  }
}
