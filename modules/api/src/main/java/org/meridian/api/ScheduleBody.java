package org.meridian.api;

import jakarta.json.JsonObject;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.meridian.workflow.schedule.ScheduledAction;

/**
 * The body of {@code POST /offices/{code}/items/{id}/schedules}: {@code {"action": "PUBLISH", "at":
 * "2026-12-24T09:00"}}, a date and time in the office's own time zone (as the console takes it). A
 * scheduled publish makes the item's latest revision, as it is now, live at that time.
 */
record ScheduleBody(ScheduledAction action, LocalDateTime at) {

  private static final List<String> FIELDS = List.of("action", "at");

  static ScheduleBody parse(String body) {
    BodyProblems problems = new BodyProblems();
    JsonObject json =
        JsonBody.object(
            body, "{\"action\": \"PUBLISH\", \"at\": \"2026-12-24T09:00\"}", FIELDS, problems);
    ScheduledAction action = JsonBody.field(json, "action", true, ScheduleBody::action, problems);
    LocalDateTime at = JsonBody.field(json, "at", true, ScheduleBody::at, problems);
    problems.throwIfAny();
    return new ScheduleBody(action, at);
  }

  private static ScheduledAction action(String text) {
    try {
      return ScheduledAction.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'action' is PUBLISH or UNPUBLISH");
    }
  }

  private static LocalDateTime at(String text) {
    try {
      return LocalDateTime.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "'at' is a date and time in the office's time zone, e.g. 2026-12-24T09:00");
    }
  }
}
