package org.meridian.workflow.lock;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long an edit lock lives after the last sign of life of its holder (opening the editor, a
 * save, or the page's one-minute heartbeat). A lock seen at {@code t} is live until {@code t +
 * ttl}, exclusive: at exactly {@code t + ttl} it has expired.
 */
public record LockExpiry(Duration ttl) {

  /** The default: five heartbeats missed in a row. */
  public static final LockExpiry DEFAULT = ofMinutes(5);

  public static final int MIN_MINUTES = 1;
  public static final int MAX_MINUTES = 60;

  public LockExpiry {
    Objects.requireNonNull(ttl, "ttl");
    if (ttl.compareTo(Duration.ofMinutes(MIN_MINUTES)) < 0
        || ttl.compareTo(Duration.ofMinutes(MAX_MINUTES)) > 0) {
      throw new IllegalArgumentException(
          "An edit lock lives "
              + MIN_MINUTES
              + " to "
              + MAX_MINUTES
              + " minutes after its last sign of life: got "
              + ttl);
    }
  }

  public static LockExpiry ofMinutes(int minutes) {
    return new LockExpiry(Duration.ofMinutes(minutes));
  }

  /** When a lock last seen at {@code lastSeen} expires. */
  public Instant expiresAt(Instant lastSeen) {
    return lastSeen.plus(ttl);
  }

  /** Whether a lock last seen at {@code lastSeen} is still live at {@code now}. */
  public boolean isLive(Instant lastSeen, Instant now) {
    return now.isBefore(expiresAt(lastSeen));
  }

  /** Locks last seen before this instant have expired at {@code now}. */
  public Instant cutoff(Instant now) {
    return now.minus(ttl);
  }
}
