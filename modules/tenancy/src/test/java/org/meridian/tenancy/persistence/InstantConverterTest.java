package org.meridian.tenancy.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InstantConverterTest {

  private final InstantConverter converter = new InstantConverter();

  @Test
  void storesInstantsInUtc() {
    Instant instant = Instant.parse("2024-03-01T23:30:15.123456Z");

    OffsetDateTime column = converter.convertToDatabaseColumn(instant);

    assertThat(column.getOffset()).isEqualTo(ZoneOffset.UTC);
    assertThat(column).isEqualTo(OffsetDateTime.parse("2024-03-01T23:30:15.123456Z"));
  }

  @Test
  void roundTripKeepsTheInstant() {
    Instant instant = Instant.parse("2024-03-01T23:30:15.123456Z");

    assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(instant)))
        .isEqualTo(instant);
  }

  @Test
  void readsColumnsInAnyOffsetAsTheSameInstant() {
    OffsetDateTime dubaiMorning = OffsetDateTime.parse("2024-03-02T03:30:00+04:00");

    assertThat(converter.convertToEntityAttribute(dubaiMorning))
        .isEqualTo(Instant.parse("2024-03-01T23:30:00Z"));
  }

  @Test
  void nullStaysNull() {
    assertThat(converter.convertToDatabaseColumn(null)).isNull();
    assertThat(converter.convertToEntityAttribute(null)).isNull();
  }
}
