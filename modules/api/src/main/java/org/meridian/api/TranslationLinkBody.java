package org.meridian.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * The body of {@code PUT /offices/{code}/items/{id}/translation}: {@code {"source": 12}}, the item
 * (of the same office, in another language) that this one translates.
 */
record TranslationLinkBody(long source) {

  private static final List<String> FIELDS = List.of("source");

  static TranslationLinkBody parse(String body) {
    BodyProblems problems = new BodyProblems();
    JsonObject json = JsonBody.object(body, "{\"source\": 12}", FIELDS, problems);
    JsonValue source = json.get("source");
    if (source == null || source == JsonValue.NULL) {
      problems.add("source", FieldProblem.REQUIRED, "'source' is required: the id of the item");
    } else if (!(source instanceof JsonNumber id) || !id.isIntegral()) {
      problems.add("source", FieldProblem.WRONG_TYPE, "'source' is the id of an item (a number)");
    }
    problems.throwIfAny();
    return new TranslationLinkBody(((JsonNumber) source).longValue());
  }
}
