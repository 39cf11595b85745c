package org.meridian.tenancy.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores {@link Instant}s in {@code timestamp with time zone} columns. EclipseLink 4.0 would
 * serialise an {@code Instant} as bytes; {@link OffsetDateTime} in UTC is bound natively by the H2
 * and PostgreSQL drivers, whatever the server's time zone.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

  @Override
  public OffsetDateTime convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  @Override
  public Instant convertToEntityAttribute(OffsetDateTime column) {
    return column == null ? null : column.toInstant();
  }
}
