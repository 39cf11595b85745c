package org.meridian.app.launcher;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import javax.management.ObjectName;

/**
 * What SIGTERM does: the server says it is going ({@code /health} answers DOWN, so a load balancer
 * stops sending), waits for the requests in flight to end — at most {@code
 * meridian.shutdown.drain-seconds} — then stops as before (Payara undeploys the application, whose
 * background tasks stop, then closes the database pool). A second SIGTERM stops at once.
 *
 * <p>The application counts its requests in flight in a platform MBean ({@link #IN_FLIGHT}), which
 * the launcher can read across class loaders.
 */
final class Drain {

  /** Set to {@code true} while draining; the health checks read it. */
  static final String DRAINING_PROPERTY = "meridian.draining";

  static final String IN_FLIGHT = "org.meridian:type=InFlightRequests";

  private Drain() {}

  /** Handles SIGTERM from now on; {@code seconds} is the longest wait. */
  @SuppressWarnings("removal")
  static void onTerm(int seconds) {
    try {
      sun.misc.Signal.handle(
          new sun.misc.Signal("TERM"),
          signal -> {
            if (System.getProperty(DRAINING_PROPERTY) != null) {
              System.exit(0);
            }
            System.setProperty(DRAINING_PROPERTY, "true");
            Thread drain = new Thread(() -> drainThenExit(Duration.ofSeconds(seconds)), "drain");
            drain.setDaemon(true);
            drain.start();
          });
    } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
      // No signal handling here (another JVM): SIGTERM stops at once, as Payara does by itself.
    }
  }

  private static void drainThenExit(Duration most) {
    long until = System.nanoTime() + most.toNanos();
    System.err.println(
        "Meridian is stopping: waiting up to "
            + most.toSeconds()
            + " s for the requests in flight");
    while (System.nanoTime() < until && inFlight() > 0) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        break;
      }
    }
    System.exit(0);
  }

  /** The requests the application is serving now; 0 when it does not say. */
  static int inFlight() {
    try {
      Object count =
          ManagementFactory.getPlatformMBeanServer()
              .getAttribute(new ObjectName(IN_FLIGHT), "Count");
      return count instanceof Integer n ? n : 0;
    } catch (Exception notThere) {
      return 0;
    }
  }
}
