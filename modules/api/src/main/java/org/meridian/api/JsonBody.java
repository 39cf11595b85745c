package org.meridian.api;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.function.Function;
import org.meridian.content.fields.Jsons;

/** Reads the JSON object a write endpoint takes: 400 when it is not one, 422 for unknown fields. */
final class JsonBody {

  private JsonBody() {}

  /**
   * The body as a JSON object holding none but {@code fields}; refused at once otherwise.
   *
   * @param shape how the object looks, for the message when the body is something else
   */
  static JsonObject object(String body, String shape, List<String> fields) {
    BodyProblems problems = new BodyProblems();
    JsonObject object = object(body, shape, fields, problems);
    problems.throwIfAny();
    return object;
  }

  /**
   * The body as a JSON object; every key that is not one of {@code fields} is added to {@code
   * problems}, so that the caller lists them with the other invalid fields.
   */
  static JsonObject object(String body, String shape, List<String> fields, BodyProblems problems) {
    JsonStructure json;
    try (JsonReader reader = Jsons.createReader(new StringReader(body == null ? "" : body))) {
      json = reader.read();
    } catch (JsonException | IllegalStateException e) {
      throw new MalformedBodyException("The body is not valid JSON: " + e.getMessage());
    }
    if (!(json instanceof JsonObject object)) {
      throw new MalformedBodyException("The body must be a JSON object: " + shape);
    }
    object.keySet().stream()
        .filter(key -> !fields.contains(key))
        .sorted()
        .forEach(
            key ->
                problems.add(
                    key,
                    FieldProblem.UNKNOWN_FIELD,
                    "Unknown field '" + key + "': the fields are " + fields));
    return object;
  }

  /**
   * A string field turned into a value; a missing, mistyped or refused value is added to {@code
   * problems} naming the field, and reads as {@code null}. A field that is not required reads as
   * {@code null} when absent.
   */
  static <T> T field(
      JsonObject json,
      String name,
      boolean required,
      Function<String, T> convert,
      BodyProblems problems) {
    JsonValue value = json.get(name);
    String text;
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      if (required) {
        problems.add(name, FieldProblem.REQUIRED, "The field '" + name + "' is required");
        return null;
      }
      text = null;
    } else if (value instanceof JsonString string) {
      text = string.getString();
    } else {
      problems.add(name, FieldProblem.WRONG_TYPE, "The field '" + name + "' must be a string");
      return null;
    }
    try {
      return convert.apply(text);
    } catch (IllegalArgumentException e) {
      problems.add(name, e);
      return null;
    }
  }
}
