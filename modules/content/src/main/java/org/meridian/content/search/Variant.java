package org.meridian.content.search;

/** Which revision of an item a search document holds. */
public enum Variant {
  /** The live revision: what the public finds; there is none while the item is offline. */
  LIVE,
  /** The latest revision, draft or not: what editors find in the console. */
  LATEST
}
