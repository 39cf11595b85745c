package org.meridian.tenancy.time;

import java.time.Duration;

/** A period setting in whole seconds within a range, refused with a message naming the setting. */
public final class WholeSeconds {

  private WholeSeconds() {}

  /**
   * The period {@code value} gives for the setting {@code key}.
   *
   * @throws IllegalArgumentException naming the setting when the value is not a whole number of
   *     seconds from {@code min} to {@code max}
   */
  public static Duration parse(String key, String value, int min, int max) {
    String text = value == null ? "" : value.strip();
    try {
      int seconds = Integer.parseInt(text);
      if (seconds >= min && seconds <= max) {
        return Duration.ofSeconds(seconds);
      }
    } catch (NumberFormatException notANumber) {
      // refused below
    }
    throw new IllegalArgumentException(
        key + " must be a whole number from " + min + " to " + max + ": got '" + text + "'");
  }
}
