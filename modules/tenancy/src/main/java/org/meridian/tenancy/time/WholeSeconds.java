package org.meridian.tenancy.time;

import java.time.Duration;

/**
 * A period setting in whole seconds (or another whole number) within a range, refused with a
 * message naming the setting.
 */
public final class WholeSeconds {

  private WholeSeconds() {}

  /**
   * The period {@code value} gives for the setting {@code key}.
   *
   * @throws IllegalArgumentException naming the setting when the value is not a whole number of
   *     seconds from {@code min} to {@code max}
   */
  public static Duration parse(String key, String value, int min, int max) {
    return Duration.ofSeconds(wholeNumber(key, value, min, max));
  }

  /**
   * The whole number {@code value} gives for the setting {@code key} (a count of seconds, hours…).
   *
   * @throws IllegalArgumentException naming the setting when the value is not a whole number from
   *     {@code min} to {@code max}
   */
  public static int wholeNumber(String key, String value, int min, int max) {
    String text = value == null ? "" : value.strip();
    try {
      int number = Integer.parseInt(text);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException notANumber) {
      // refused below
    }
    throw new IllegalArgumentException(
        key + " must be a whole number from " + min + " to " + max + ": got '" + text + "'");
  }
}
