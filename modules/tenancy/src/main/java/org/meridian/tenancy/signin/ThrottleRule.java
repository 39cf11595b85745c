package org.meridian.tenancy.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * "After {@code maxFailures} failures within {@code window}, refuse further attempts for {@code
 * pause}". The pause runs from the failure that completed the series, so attempts refused while
 * paused (which are not failures: no password was checked) do not prolong it.
 */
public record ThrottleRule(int maxFailures, Duration window, Duration pause) {

  public ThrottleRule {
    if (maxFailures < 1) {
      throw new IllegalArgumentException("maxFailures must be at least 1");
    }
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(pause, "pause");
  }

  /** How far back failures can matter to {@link #pausedUntil}. */
  public Duration lookBack() {
    return window.plus(pause);
  }

  /**
   * Until when attempts are refused, given the failures (in any order) and the time now; empty when
   * attempts are allowed.
   */
  public Optional<Instant> pausedUntil(List<Instant> failures, Instant now) {
    List<Instant> sorted = failures.stream().sorted().toList();
    for (int last = sorted.size() - 1; last >= maxFailures - 1; last--) {
      Instant first = sorted.get(last - maxFailures + 1);
      if (!sorted.get(last).isAfter(first.plus(window))) {
        // The latest complete series decides; earlier ones end earlier.
        Instant until = sorted.get(last).plus(pause);
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
      }
    }
    return Optional.empty();
  }
}
