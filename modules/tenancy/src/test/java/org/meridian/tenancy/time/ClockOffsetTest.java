package org.meridian.tenancy.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClockOffsetTest {

  private static final Instant T = Instant.parse("2030-03-01T12:00:00Z");

  @ParameterizedTest
  @CsvSource({
    "PT2M,         PT2M",
    "-PT30S,       PT-30S",
    "' PT1H30M ',  PT1H30M",
    "P1D,          PT24H",
    "PT0.5S,       PT0.5S",
    "PT0S,         PT0S",
    "P3650D,       PT87600H",
    "-P3650D,      PT-87600H"
  })
  void readsAnIsoDuration(String value, String expected) {
    assertThat(ClockOffset.parse(Optional.of(value)).duration())
        .isEqualTo(Duration.parse(expected));
  }

  @Test
  void noValueIsNoOffset() {
    assertThat(ClockOffset.parse(Optional.empty())).isEqualTo(ClockOffset.NONE);
    assertThat(ClockOffset.parse(Optional.of("  "))).isEqualTo(ClockOffset.NONE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2m", "120", "PT", "+2 minutes", "P1Y", "PT2M garbage", "T2M"})
  void aValueThatIsNotADurationIsRefusedNamingTheSetting(String value) {
    assertThatThrownBy(() -> ClockOffset.parse(Optional.of(value)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("meridian.clock.offset")
        .hasMessageContaining("ISO-8601 duration")
        .hasMessageContaining(value.strip());
  }

  @ParameterizedTest
  @ValueSource(strings = {"P3651D", "-P3651D", "PT100000H"})
  void anOffsetOfMoreThanTenYearsIsRefused(String value) {
    assertThatThrownBy(() -> ClockOffset.parse(Optional.of(value)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("meridian.clock.offset")
        .hasMessageContaining("3650 days");
  }

  @Test
  void theClockIsShiftedAndKeepsRunning() {
    Clock base = Clock.fixed(T, ZoneOffset.UTC);
    Clock ahead = ClockOffset.parse(Optional.of("PT2M")).applyTo(base);
    Clock behind = ClockOffset.parse(Optional.of("-PT30S")).applyTo(base);
    assertThat(ahead.instant()).isEqualTo(T.plusSeconds(120));
    assertThat(behind.instant()).isEqualTo(T.minusSeconds(30));
    assertThat(ahead.getZone()).isEqualTo(ZoneOffset.UTC);
    assertThat(ClockOffset.NONE.applyTo(base)).isSameAs(base);

    Clock shifted = ClockOffset.parse(Optional.of("PT1H")).applyTo(Clock.systemUTC());
    Instant before = Instant.now().plus(Duration.ofHours(1));
    Instant seen = shifted.instant();
    assertThat(seen).isBetween(before, Instant.now().plus(Duration.ofHours(1)));
  }
}
