package org.meridian.content.taxonomy;

import org.meridian.content.Slug;
import org.meridian.tenancy.Refusal;

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
      throw new TermRefusedException(
          "tag".equals(what)
              ? Refusal.of("taxonomy.give_tag_name", "Give the tag a name")
              : Refusal.of("taxonomy.give_theme_name", "Give the theme a name"));
    }
    if (name.length() > max) {
      throw new TermRefusedException(
          "tag".equals(what)
              ? Refusal.of(
                  "taxonomy.tag_name_too_long_0_1",
                  "A tag name has at most {0} characters: got {1}",
                  max,
                  name.length())
              : Refusal.of(
                  "taxonomy.theme_name_too_long_0_1",
                  "A theme name has at most {0} characters: got {1}",
                  max,
                  name.length()));
    }
    if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || c == 0xFFFD)) {
      throw new TermRefusedException(
          "tag".equals(what)
              ? Refusal.of(
                  "taxonomy.tag_name_control_characters",
                  "A tag name cannot hold control characters")
              : Refusal.of(
                  "taxonomy.theme_name_control_characters",
                  "A theme name cannot hold control characters"));
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
                  new TermRefusedException(
                      Refusal.of(
                          "taxonomy.address_shape_0_1",
                          "An address is lower-case letters and digits joined by single hyphens,"
                              + " at most {0} characters: got '{1}'",
                          Slug.MAX_LENGTH,
                          slugText.strip())));
    }
    try {
      return Slug.fromTitle(name);
    } catch (IllegalArgumentException e) {
      throw new TermRefusedException(
          Refusal.of(
              "taxonomy.no_address_from_0",
              "No address can be made from '{0}': give one (e.g. 'water-and-sanitation')",
              name));
    }
  }
}
