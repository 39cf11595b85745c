package org.meridian.tenancy.office;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A BCP 47 language tag as used in URLs ({@code en}, {@code fr}, {@code ar}, {@code pt-BR}). */
public record LanguageTag(String value) implements java.io.Serializable {

  private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ur", "ps", "dv", "yi");

  public LanguageTag {
    if (value == null || value.isBlank() || value.length() > 35) {
      throw new IllegalArgumentException("A language tag is required, e.g. 'en' or 'fr'");
    }
    Locale locale = Locale.forLanguageTag(value);
    if (locale.getLanguage().isEmpty() || !locale.toLanguageTag().equalsIgnoreCase(value)) {
      throw new IllegalArgumentException("'" + value + "' is not a BCP 47 language tag");
    }
    value = locale.toLanguageTag();
  }

  /** The tag if {@code text} is one, else empty: for routing untrusted paths. */
  public static Optional<LanguageTag> parse(String text) {
    try {
      return Optional.of(new LanguageTag(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public Locale locale() {
    return Locale.forLanguageTag(value);
  }

  /**
   * {@code rtl} for right-to-left scripts, else {@code ltr}: the value of the HTML dir attribute.
   */
  public String direction() {
    return RIGHT_TO_LEFT.contains(locale().getLanguage()) ? "rtl" : "ltr";
  }

  @Override
  public String toString() {
    return value;
  }
}
