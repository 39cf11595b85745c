package org.meridian.app.metrics;

import java.util.concurrent.atomic.LongAdder;

/** A Prometheus histogram of durations: cumulative counts per upper bound, their sum and count. */
final class LatencyHistogram {

  /** Upper bounds in seconds: from a cached page (under a millisecond) to a slow console page. */
  static final double[] BOUNDS = {0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10};

  private final LongAdder[] buckets = new LongAdder[BOUNDS.length];
  private final LongAdder count = new LongAdder();
  private final LongAdder sumNanos = new LongAdder();

  LatencyHistogram() {
    for (int i = 0; i < buckets.length; i++) {
      buckets[i] = new LongAdder();
    }
  }

  void record(long nanos) {
    double seconds = nanos / 1e9;
    for (int i = 0; i < BOUNDS.length; i++) {
      if (seconds <= BOUNDS[i]) {
        buckets[i].increment();
        break;
      }
    }
    count.increment();
    sumNanos.add(nanos);
  }

  /** Cumulative count of observations at or below {@code BOUNDS[i]}. */
  long cumulative(int i) {
    long total = 0;
    for (int j = 0; j <= i; j++) {
      total += buckets[j].sum();
    }
    return total;
  }

  long count() {
    return count.sum();
  }

  double sumSeconds() {
    return sumNanos.sum() / 1e9;
  }
}
