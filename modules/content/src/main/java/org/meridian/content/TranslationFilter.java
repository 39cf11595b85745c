package org.meridian.content;

/** Narrows an editors' list of items by where they stand as translations. */
public enum TranslationFilter {
  /** Every item. */
  ANY,
  /** Translations whose source's text changed since they were made or last checked. */
  OUTDATED,
  /** Translations that are up to date with their source. */
  CURRENT
}
