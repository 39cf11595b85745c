package org.meridian.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code fields=} parameter: the members of each item the client wants ({@code
 * fields=id,title,url}); {@code id} is always kept. Absent: every member. An unknown name is
 * refused with 400, naming the members there are.
 */
record FieldSelection(Set<String> names) {

  static final FieldSelection ALL = new FieldSelection(null);

  static FieldSelection parse(String text, List<String> known) {
    if (text == null || text.isBlank()) {
      return ALL;
    }
    Set<String> names = new LinkedHashSet<>();
    names.add("id");
    List<String> unknown = new ArrayList<>();
    for (String part : text.split(",")) {
      String name = part.strip();
      if (name.isEmpty()) {
        continue;
      }
      if (known.contains(name)) {
        names.add(name);
      } else {
        unknown.add(name);
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "'fields' names members an item does not have: "
              + String.join(", ", unknown)
              + "; the members are "
              + String.join(", ", known).toLowerCase(Locale.ROOT));
    }
    return new FieldSelection(Set.copyOf(names));
  }

  boolean isAll() {
    return names == null;
  }

  /** The item with only the selected members. */
  JsonObject apply(JsonObject item) {
    if (isAll()) {
      return item;
    }
    JsonObjectBuilder kept = Json.createObjectBuilder();
    item.forEach(
        (name, value) -> {
          if (names.contains(name)) {
            kept.add(name, value);
          }
        });
    return kept.build();
  }
}
