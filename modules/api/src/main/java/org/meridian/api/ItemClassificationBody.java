package org.meridian.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code PUT /offices/{code}/items/{id}/classification}: {@code {"themes":
 * ["migration", …], "tags": [12, …]}}, theme codes and the office's tag ids. A missing field means
 * none.
 */
record ItemClassificationBody(List<String> themes, List<Long> tags) {

  private static final List<String> FIELDS = List.of("themes", "tags");

  static ItemClassificationBody parse(String body) {
    JsonObject object = JsonBody.object(body, "{\"themes\": [codes], \"tags\": [ids]}", FIELDS);
    List<String> themes = new ArrayList<>();
    for (JsonValue value : array(object, "themes")) {
      if (!(value instanceof JsonString code)) {
        throw new InvalidFieldException("themes", "'themes' is a list of theme codes (strings)");
      }
      themes.add(code.getString());
    }
    List<Long> tags = new ArrayList<>();
    for (JsonValue value : array(object, "tags")) {
      if (!(value instanceof JsonNumber id) || !id.isIntegral()) {
        throw new InvalidFieldException("tags", "'tags' is a list of the office's tag ids");
      }
      tags.add(id.longValue());
    }
    return new ItemClassificationBody(themes, tags);
  }

  private static JsonArray array(JsonObject object, String field) {
    JsonValue value = object.get(field);
    if (value == null || value == JsonValue.NULL) {
      return JsonValue.EMPTY_JSON_ARRAY;
    }
    if (!(value instanceof JsonArray array)) {
      throw new InvalidFieldException(field, "'" + field + "' must be a list");
    }
    return array;
  }
}
