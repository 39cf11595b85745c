package org.meridian.api;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many requests each API token may make: its own limit when it has one, else the server's
 * ({@code meridian.api.rate-limit}, {@value #PER_MINUTE} a minute by default), counted in fixed
 * windows of one minute per token, in this server's memory (a cluster of {@code n} servers lets a
 * token make up to {@code n} times as many). Past the limit the answer is 429 with {@code
 * Retry-After}, the seconds until the window ends.
 */
final class TokenRateLimit {

  /** The requests a token may make in a minute unless a setting or the token says otherwise. */
  static final int PER_MINUTE = 1200;

  private static final long WINDOW_MILLIS = Duration.ofMinutes(1).toMillis();

  private record Window(long start, int count) {}

  private final Map<Long, Window> windows = new ConcurrentHashMap<>();
  private final Clock clock;
  private final int perMinute;

  TokenRateLimit(Clock clock, int perMinute) {
    this.clock = clock;
    if (perMinute < 1) {
      throw new IllegalArgumentException("meridian.api.rate-limit must be at least 1");
    }
    this.perMinute = perMinute;
  }

  /**
   * Counts a request of token {@code tokenId}: empty when it may go on, else the seconds to wait
   * (at least 1).
   */
  OptionalLong take(long tokenId) {
    return take(tokenId, null);
  }

  /** As {@link #take(long)}, for a token with a limit of its own ({@code null}: the default). */
  OptionalLong take(long tokenId, Integer own) {
    int allowed = own != null ? own : perMinute;
    long now = clock.millis();
    long start = now - now % WINDOW_MILLIS;
    Window counted =
        windows.compute(
            tokenId,
            (id, window) ->
                window == null || window.start() != start
                    ? new Window(start, 1)
                    : new Window(start, window.count() + 1));
    if (counted.count() <= allowed) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Math.max(1, (start + WINDOW_MILLIS - now + 999) / 1000));
  }

  /** The limit of tokens without one of their own. */
  int perMinute() {
    return perMinute;
  }
}
