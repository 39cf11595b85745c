package org.meridian.content.taxonomy;

import java.util.Map;

/**
 * A theme as HQ's console lists it: its names and addresses by language (without fallbacks), its
 * version for optimistic locking, and how many items of the network carry it (its code is fixed
 * once that is more than zero).
 */
public record ThemeSummary(
    long id,
    String code,
    Map<String, String> names,
    Map<String, String> slugs,
    long version,
    long items)
    implements java.io.Serializable {

  public ThemeSummary {
    names = Map.copyOf(names);
    slugs = Map.copyOf(slugs);
  }

  /** Whether items carry the theme, which fixes its code. */
  public boolean inUse() {
    return items > 0;
  }
}
