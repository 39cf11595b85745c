package org.meridian.api;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.util.List;
import org.meridian.content.fields.Jsons;

/** Reads the JSON object a write endpoint takes: 400 when it is not one, 422 for unknown fields. */
final class JsonBody {

  private JsonBody() {}

  /**
   * The body as a JSON object holding none but {@code fields}.
   *
   * @param shape how the object looks, for the message when the body is something else
   */
  static JsonObject object(String body, String shape, List<String> fields) {
    JsonStructure json;
    try (JsonReader reader = Jsons.createReader(new StringReader(body == null ? "" : body))) {
      json = reader.read();
    } catch (JsonException e) {
      throw new MalformedBodyException("The body is not valid JSON: " + e.getMessage());
    }
    if (!(json instanceof JsonObject object)) {
      throw new MalformedBodyException("The body must be a JSON object: " + shape);
    }
    object.keySet().stream()
        .filter(key -> !fields.contains(key))
        .sorted()
        .findFirst()
        .ifPresent(
            key -> {
              throw new InvalidFieldException(
                  key, "Unknown field '" + key + "': the fields are " + fields);
            });
    return object;
  }
}
