package org.meridian.content.fields;

import static org.meridian.content.fields.TextValues.refused;
import static org.meridian.content.fields.TextValues.string;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.meridian.tenancy.Refusal;

/**
 * Ids of the office's media files and items ({@link FieldKind#MEDIA}, {@link FieldKind#MEDIA_LIST},
 * {@link FieldKind#ITEM_REFS}): positive numbers, a list without repeats. What they point at is
 * checked when the item is saved.
 */
final class IdValues {

  private IdValues() {}

  static JsonValue id(JsonValue raw, FieldDefinition field) {
    String text = string(raw, field).strip();
    if (text.isEmpty()) {
      return null;
    }
    return Jsons.createValue(parseId(text, field.word()));
  }

  static long parseId(String text, Refusal.Word label) {
    try {
      long id = Long.parseLong(text.strip());
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw refused(
        Refusal.of(
            "fields.not_an_id_0_1", "{0}: '{1}' is not an id (a positive number).", label, text));
  }

  /** A list of ids: a JSON array, or text with ids separated by commas or spaces (a form). */
  static JsonValue ids(JsonValue raw, FieldDefinition field) {
    List<String> parts = new ArrayList<>();
    if (raw instanceof JsonArray array) {
      array.forEach(v -> parts.add(string(v, field)));
    } else {
      for (String part : string(raw, field).split("[,\\s]+")) {
        parts.add(part);
      }
    }
    Set<Long> ids = new LinkedHashSet<>();
    for (String part : parts) {
      if (!part.isBlank()) {
        ids.add(parseId(part, field.word()));
      }
    }
    if (ids.isEmpty()) {
      return null;
    }
    if (ids.size() > FieldKind.LIST_MAX) {
      throw refused(
          Refusal.of(
              "fields.at_most_0_1_ids",
              "{0} holds at most {1} ids.",
              field.word(),
              FieldKind.LIST_MAX));
    }
    JsonArrayBuilder out = Jsons.createArrayBuilder();
    ids.forEach(out::add);
    return out.build();
  }
}
