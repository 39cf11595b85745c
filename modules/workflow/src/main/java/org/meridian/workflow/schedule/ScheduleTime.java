package org.meridian.workflow.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Turns a date and time as an office reads it (in its own time zone) into an instant, refusing
 * times that do not exist there (clocks going forward) and times that have passed.
 */
public final class ScheduleTime {

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private ScheduleTime() {}

  /**
   * The instant of {@code local} in {@code zone}. In the hour that repeats when clocks go back, the
   * first of the two is taken.
   *
   * @throws IllegalArgumentException when the time does not exist in the zone, or is not after
   *     {@code now}
   */
  public static Instant resolve(LocalDateTime local, ZoneId zone, Instant now) {
    Objects.requireNonNull(zone, "zone");
    if (local == null) {
      throw new IllegalArgumentException("Give the date and the time");
    }
    var rules = zone.getRules();
    var offsets = rules.getValidOffsets(local);
    if (offsets.isEmpty()) {
      throw new IllegalArgumentException(
          SHOWN.format(local)
              + " does not exist in "
              + zone.getId()
              + ": the clocks skip that hour. Choose another time");
    }
    Instant instant = local.toInstant(offsets.get(0));
    if (!instant.isAfter(now)) {
      throw new IllegalArgumentException(
          SHOWN.format(local)
              + " ("
              + zone.getId()
              + ") has already passed: choose a time in the future");
    }
    return instant;
  }

  /** How the office reads {@code instant}: {@code 2026-11-27 14:05 (Africa/Banjul)}. */
  public static String shown(Instant instant, ZoneId zone) {
    return SHOWN.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
  }
}
