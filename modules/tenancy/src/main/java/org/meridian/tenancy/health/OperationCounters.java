package org.meridian.tenancy.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts of what happened on this server since it started, for the metrics: the modules that do the
 * work count it here (sign-ins refused, scheduled changes carried out).
 */
@ApplicationScoped
public class OperationCounters {

  private final LongAdder signInFailures = new LongAdder();
  private final LongAdder scheduledChanges = new LongAdder();

  public void signInFailed() {
    signInFailures.increment();
  }

  public void scheduledChangesRun(int count) {
    scheduledChanges.add(count);
  }

  public long signInFailures() {
    return signInFailures.sum();
  }

  public long scheduledChanges() {
    return scheduledChanges.sum();
  }
}
