package org.meridian.content.taxonomy;

import org.meridian.content.Slug;

/** The rules for what people call a theme or a tag: trimmed, single-spaced, printable, bounded. */
final class TermName {

  private TermName() {}

  /**
   * {@code text} trimmed with runs of white space made single spaces; refused when empty, longer
   * than {@code max} or holding control characters.
   */
  static String clean(String text, int max, String what) {
    String name = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("Give the " + what + " a name");
    }
    if (name.length() > max) {
      throw new IllegalArgumentException(
          "A " + what + " name has at most " + max + " characters: got " + name.length());
    }
    if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || c == 0xFFFD)) {
      throw new IllegalArgumentException("A " + what + " name cannot hold control characters");
    }
    return name;
  }

  /**
   * The address given in {@code slugText}, or, when it is empty, one made from {@code name}. A name
   * that gives no address (a script without Latin letters) asks for one.
   */
  static Slug slug(String slugText, String name) {
    if (slugText != null && !slugText.isBlank()) {
      return Slug.parse(slugText.strip())
          .orElseThrow(
              () ->
                  new IllegalArgumentException(
                      "An address is lower-case letters and digits joined by single hyphens, at"
                          + " most "
                          + Slug.MAX_LENGTH
                          + " characters: got '"
                          + slugText.strip()
                          + "'"));
    }
    try {
      return Slug.fromTitle(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "No address can be made from '" + name + "': give one (e.g. 'water-and-sanitation')");
    }
  }
}
