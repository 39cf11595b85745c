package org.meridian.content;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import org.meridian.content.fields.TypeFields;

/**
 * When an event starts and ends, as instants: what a live event's item keeps in its own columns so
 * that the public lists of upcoming and past events are read, ordered and paged by the database
 * (see {@link ContentItem#eventDates()}). An event is upcoming until it has ended.
 *
 * @param start when the event starts
 * @param end when it ends: its own end, or its start when it has none
 */
public record EventDates(Instant start, Instant end) {

  public EventDates {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }

  /**
   * The dates of an event's fields: its {@code start} and {@code end} (each a local time in a time
   * zone), the end being the start when there is none. Empty for the fields of another type, and
   * for an event without a start (not valid since event fields exist, but an older revision may
   * have none): such an event is in neither list.
   */
  public static Optional<EventDates> of(TypeFields fields) {
    if (fields.type() != ContentType.EVENT) {
      return Optional.empty();
    }
    Optional<ZonedDateTime> start = fields.dateTime("start");
    if (start.isEmpty()) {
      return Optional.empty();
    }
    Instant from = start.get().toInstant();
    return Optional.of(
        new EventDates(from, fields.dateTime("end").map(ZonedDateTime::toInstant).orElse(from)));
  }
}
