package org.meridian.tenancy.time;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * How far the server's clock is from the system's ({@code meridian.clock.offset}): an ISO-8601
 * duration such as {@code PT2M} or {@code -PT30S}, at most {@link #LONGEST} either way. The clock
 * still runs at real speed; only where it starts is shifted. Zero (the default) in production.
 */
public record ClockOffset(Duration duration) {

  public static final String KEY = "meridian.clock.offset";

  /** The farthest the clock may be shifted: enough to stand a test a year or two away. */
  public static final Duration LONGEST = Duration.ofDays(3650);

  public static final ClockOffset NONE = new ClockOffset(Duration.ZERO);

  public ClockOffset {
    Objects.requireNonNull(duration, "duration");
    if (duration.abs().compareTo(LONGEST) > 0) {
      throw new IllegalArgumentException(
          KEY + " may shift the clock by at most " + LONGEST.toDays() + " days: got " + duration);
    }
  }

  /**
   * The offset a setting's value gives: none when the value is missing or blank.
   *
   * @throws IllegalArgumentException naming the setting when the value is not an ISO-8601 duration
   *     or is too long
   */
  public static ClockOffset parse(Optional<String> value) {
    String text = value.map(String::strip).orElse("");
    if (text.isEmpty()) {
      return NONE;
    }
    Duration duration;
    try {
      duration = Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          KEY + " must be an ISO-8601 duration such as PT2M, -PT30S or P1D: got '" + text + "'");
    }
    return new ClockOffset(duration);
  }

  public boolean isZero() {
    return duration.isZero();
  }

  /** {@code base} shifted by this offset ({@code base} itself when there is none). */
  public Clock applyTo(Clock base) {
    return isZero() ? base : Clock.offset(base, duration);
  }
}
