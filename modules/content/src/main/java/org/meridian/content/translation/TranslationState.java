package org.meridian.content.translation;

/** Where one language of an item stands in its translation set. */
public enum TranslationState {
  /** The item the others are translated from. */
  SOURCE,
  /** A translation made from, or checked against, the source's text as it reads now. */
  UP_TO_DATE,
  /** A translation whose source's text changed since it was made or last checked. */
  OUTDATED,
  /** A language of the office with no translation yet. */
  MISSING
}
