package org.meridian.content.fields;

import static org.meridian.content.fields.TextValues.refused;
import static org.meridian.content.fields.TextValues.string;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.meridian.tenancy.Refusal;

/**
 * Dates and years: a calendar date ({@link FieldKind#DATE}), a local date and time with its zone
 * ({@link FieldKind#DATE_TIME_ZONE}) and a year ({@link FieldKind#YEAR}), each within 1000 to 9999.
 */
final class DateValues {

  private DateValues() {}

  static JsonValue date(JsonValue raw, FieldDefinition field) {
    String text = string(raw, field).strip();
    if (text.isEmpty()) {
      return null;
    }
    return Jsons.createValue(parseDate(text, field.word()).toString());
  }

  static LocalDate parseDate(String text, Refusal.Word label) {
    try {
      LocalDate date = LocalDate.parse(text);
      if (date.getYear() < 1000 || date.getYear() > 9999) {
        throw refused(
            Refusal.of(
                "fields.implausible_date_0_1", "{0}: '{1}' is not a plausible date.", label, text));
      }
      return date;
    } catch (DateTimeParseException e) {
      throw refused(
          Refusal.of(
              "fields.not_a_date_0_1",
              "{0}: '{1}' is not a date; write it as 2026-05-14.",
              label,
              text));
    }
  }

  static JsonValue dateTimeZone(JsonValue raw, FieldDefinition field) {
    if (!(raw instanceof JsonObject object)) {
      throw refused(
          Refusal.of(
              "fields.expected_0_1",
              "{0}: expected {1}.",
              field.word(),
              "{\"local\": \"2026-05-14T09:30\", \"zone\": \"Africa/Dakar\"}"));
    }
    String local = object.getString("local", "").strip();
    String zone = object.getString("zone", "").strip();
    if (local.isEmpty()) {
      return null;
    }
    LocalDateTime at;
    try {
      at = LocalDateTime.parse(local).truncatedTo(ChronoUnit.MINUTES);
    } catch (DateTimeParseException e) {
      throw refused(
          Refusal.of(
              "fields.not_a_date_time_0_1",
              "{0}: '{1}' is not a date and time; write it as 2026-05-14T09:30.",
              field.word(),
              local));
    }
    if (at.getYear() < 1000 || at.getYear() > 9999) {
      throw refused(
          Refusal.of(
              "fields.implausible_0_1", "{0}: '{1}' is not plausible.", field.word(), local));
    }
    ZoneId zoneId;
    try {
      zoneId = ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw refused(
          Refusal.of(
              "fields.not_a_time_zone_0_1",
              "{0}: '{1}' is not a time zone, e.g. Africa/Dakar.",
              field.word(),
              zone));
    }
    return Jsons.createObjectBuilder()
        .add("local", at.toString())
        .add("zone", zoneId.getId())
        .build();
  }

  static JsonValue year(JsonValue raw, FieldDefinition field) {
    String text = string(raw, field).strip();
    if (text.isEmpty()) {
      return null;
    }
    if (!text.matches("[0-9]{4}")) {
      throw refused(
          Refusal.of(
              "fields.not_a_year_four_digits_0_1",
              "{0}: '{1}' is not a year (four digits, e.g. 2026).",
              field.word(),
              text));
    }
    int year = Integer.parseInt(text);
    if (year < 1000) {
      throw refused(
          Refusal.of("fields.not_a_year_0_1", "{0}: '{1}' is not a year.", field.word(), text));
    }
    return Jsons.createValue(year);
  }
}
