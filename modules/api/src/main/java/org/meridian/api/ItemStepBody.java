package org.meridian.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.meridian.workflow.review.Transition;

/**
 * The body of {@code POST /offices/{code}/items/{id}/steps}: {@code {"step": "SUBMIT", "comment":
 * "…"}}; the comment is optional except to request changes.
 */
record ItemStepBody(Transition step, String comment) {

  private static final List<String> FIELDS = List.of("step", "comment");
  private static final String STEPS =
      Arrays.stream(Transition.values()).map(Enum::name).collect(Collectors.joining(", "));

  static ItemStepBody parse(String body) {
    JsonObject object = JsonBody.object(body, "{\"step\": \"SUBMIT\", \"comment\": \"…\"}", FIELDS);
    if (!(object.get("step") instanceof JsonString step)) {
      throw new InvalidFieldException("step", "'step' is required: one of " + STEPS);
    }
    Transition chosen =
        Arrays.stream(Transition.values())
            .filter(t -> t.name().equals(step.getString()))
            .findFirst()
            .orElseThrow(() -> new InvalidFieldException("step", "'step' must be one of " + STEPS));
    JsonValue comment = object.get("comment");
    if (comment != null && comment != JsonValue.NULL && !(comment instanceof JsonString)) {
      throw new InvalidFieldException("comment", "'comment' is text");
    }
    return new ItemStepBody(chosen, comment instanceof JsonString text ? text.getString() : null);
  }
}
