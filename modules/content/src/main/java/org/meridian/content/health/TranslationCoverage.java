package org.meridian.content.health;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which office languages each live translation set lacks. A set is a source item with its
 * translations; an item that is no translation is a set of its own. Only live items count: a draft
 * translation is work in progress, not a page the public can read.
 */
public final class TranslationCoverage {

  /** A live item: its language, and the item it translates ({@code null}: none). */
  public record LiveVersion(long itemId, String title, String language, Long sourceId) {}

  private TranslationCoverage() {}

  /** The sets missing a language, each named by its source (or its first live member). */
  public static List<MissingTranslation> missing(List<LiveVersion> live, List<String> languages) {
    List<MissingTranslation> missing = new ArrayList<>();
    if (languages.size() < 2) {
      return missing;
    }
    Map<Long, List<LiveVersion>> sets = new LinkedHashMap<>();
    for (LiveVersion v : live) {
      long key = v.sourceId() != null ? v.sourceId() : v.itemId();
      sets.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
    }
    sets.forEach(
        (key, versions) -> {
          Set<String> have = new TreeSet<>();
          versions.forEach(v -> have.add(v.language()));
          List<String> lacking = languages.stream().filter(l -> !have.contains(l)).toList();
          if (!lacking.isEmpty()) {
            LiveVersion named =
                versions.stream()
                    .filter(v -> v.itemId() == key)
                    .findFirst()
                    .orElse(versions.get(0));
            missing.add(
                new MissingTranslation(named.itemId(), named.title(), named.language(), lacking));
          }
        });
    return missing;
  }
}
