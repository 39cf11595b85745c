package org.meridian.tenancy.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How much work a background queue has waiting, and since when the oldest piece has waited: what
 * the health checks judge ("stuck") and the metrics report.
 */
public record Backlog(long waiting, Optional<Instant> oldestSince) {

  public static final Backlog EMPTY = new Backlog(0, Optional.empty());

  /** Whether the oldest waiting piece has waited longer than {@code limit} at {@code now}. */
  public boolean stuck(Instant now, Duration limit) {
    return oldestSince
        .map(since -> Duration.between(since, now).compareTo(limit) > 0)
        .orElse(false);
  }
}
