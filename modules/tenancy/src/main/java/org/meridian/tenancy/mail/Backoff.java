package org.meridian.tenancy.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try a message again after a failed attempt: {@code first} after the first failure,
 * doubling after each further one up to {@code longest}; after {@code maxAttempts} failures the
 * senders give up and the message is marked failed.
 */
public record Backoff(Duration first, Duration longest, int maxAttempts) {

  public Backoff {
    if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
      throw new IllegalArgumentException("The retry delays must be positive and growing");
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("A message needs at least one attempt");
    }
  }

  /**
   * When to try again after attempt number {@code attempts} (1 for the first) failed at {@code
   * failedAt}; empty when that was the last attempt allowed.
   */
  public Optional<Instant> retryAfter(int attempts, Instant failedAt) {
    if (attempts >= maxAttempts) {
      return Optional.empty();
    }
    return Optional.of(failedAt.plus(delayAfter(attempts)));
  }

  /** The wait after attempt number {@code attempts} failed. */
  Duration delayAfter(int attempts) {
    Duration delay = first;
    for (int i = 1; i < attempts && delay.compareTo(longest) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(longest) > 0 ? longest : delay;
  }
}
