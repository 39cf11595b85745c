package org.meridian.workflow.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ScheduleTimeTest {

  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  @Test
  void aTimeIsReadInTheOfficesZone() {
    Instant dakar =
        ScheduleTime.resolve(
            LocalDateTime.parse("2026-03-02T09:00"), ZoneId.of("Africa/Dakar"), NOW);
    Instant nairobi =
        ScheduleTime.resolve(
            LocalDateTime.parse("2026-03-02T09:00"), ZoneId.of("Africa/Nairobi"), NOW);
    assertThat(dakar).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
    assertThat(nairobi).isEqualTo(Instant.parse("2026-03-02T06:00:00Z"));
  }

  @Test
  void aTimeThatHasPassedIsRefused() {
    assertThatThrownBy(
            () ->
                ScheduleTime.resolve(
                    LocalDateTime.parse("2026-03-01T11:59"), ZoneId.of("UTC"), NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already passed");
    assertThatThrownBy(
            () ->
                ScheduleTime.resolve(
                    LocalDateTime.parse("2026-03-01T12:00"), ZoneId.of("UTC"), NOW))
        .hasMessageContaining("already passed");
  }

  @Test
  void aTimeTheClocksSkipIsRefused() {
    // Clocks in Brussels go from 02:00 to 03:00 on 29 March 2026.
    assertThatThrownBy(
            () ->
                ScheduleTime.resolve(
                    LocalDateTime.parse("2026-03-29T02:30"), ZoneId.of("Europe/Brussels"), NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not exist in Europe/Brussels");
  }

  @Test
  void inTheRepeatedHourTheFirstIsTaken() {
    // Clocks in Brussels go back from 03:00 to 02:00 on 25 October 2026.
    Instant first =
        ScheduleTime.resolve(
            LocalDateTime.parse("2026-10-25T02:30"), ZoneId.of("Europe/Brussels"), NOW);
    assertThat(first).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
  }

  @Test
  void noTimeIsRefusedWithAMessage() {
    assertThatThrownBy(() -> ScheduleTime.resolve(null, ZoneId.of("UTC"), NOW))
        .hasMessage("Give the date and the time");
  }

  @Test
  void timesAreShownAsTheOfficeReadsThem() {
    assertThat(
            ScheduleTime.shown(Instant.parse("2026-03-02T06:00:00Z"), ZoneId.of("Africa/Nairobi")))
        .isEqualTo("2026-03-02 09:00 (Africa/Nairobi)");
  }
}
