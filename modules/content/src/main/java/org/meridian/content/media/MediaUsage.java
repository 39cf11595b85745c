package org.meridian.content.media;

import java.util.List;
import java.util.Map;

/**
 * Where an asset is used: by items of the current office (with titles and links) and, for HQ's
 * shared assets, how many items of each other office use it (their titles stay with them).
 */
public record MediaUsage(List<MediaUser> items, Map<String, Long> otherOffices)
    implements java.io.Serializable {

  public MediaUsage {
    items = List.copyOf(items);
    otherOffices = Map.copyOf(otherOffices);
  }

  public boolean inUse() {
    return !items.isEmpty() || !otherOffices.isEmpty();
  }

  /** For each other office, in order of code: "2 items of office senegal". */
  public List<String> otherOfficeLines() {
    List<String> lines = new java.util.ArrayList<>();
    new java.util.TreeMap<>(otherOffices)
        .forEach(
            (office, count) ->
                lines.add(count + (count == 1 ? " item" : " items") + " of office " + office));
    return lines;
  }

  /** One line for a message: the items' titles, then the other offices' counts. */
  public String describe() {
    java.util.List<String> parts = new java.util.ArrayList<>();
    items.forEach(i -> parts.add("'" + i.title() + "' (" + i.link() + ")"));
    parts.addAll(otherOfficeLines());
    return String.join(", ", parts);
  }
}
