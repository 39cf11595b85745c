package org.meridian.workflow.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.RefusedArgumentException;

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
      throw new RefusedArgumentException(
          Refusal.of("schedule.give_date_and_time", "Give the date and the time"));
    }
    var rules = zone.getRules();
    var offsets = rules.getValidOffsets(local);
    if (offsets.isEmpty()) {
      throw new RefusedArgumentException(
          Refusal.of(
              "schedule.time_0_not_in_1",
              "{0} does not exist in {1}: the clocks skip that hour. Choose another time",
              SHOWN.format(local),
              zone.getId()));
    }
    Instant instant = local.toInstant(offsets.get(0));
    if (!instant.isAfter(now)) {
      throw new RefusedArgumentException(
          Refusal.of(
              "schedule.time_0_1_passed",
              "{0} ({1}) has already passed: choose a time in the future",
              SHOWN.format(local),
              zone.getId()));
    }
    return instant;
  }

  /** How the office reads {@code instant}: {@code 2026-11-27 14:05 (Africa/Banjul)}. */
  public static String shown(Instant instant, ZoneId zone) {
    return SHOWN.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
  }
}
