package org.meridian.api;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.meridian.content.ContentType;
import org.meridian.content.Slug;
import org.meridian.content.TranslationFilter;
import org.meridian.content.taxonomy.ThemeCode;

/** Reads the API's shared parameters, refusing bad values with a message that says what to send. */
final class ApiParameters {

  private ApiParameters() {}

  /** A page size from 1 to {@code max}. */
  static int limit(String text, int max) {
    try {
      int limit = Integer.parseInt(text.strip());
      if (limit >= 1 && limit <= max) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new IllegalArgumentException("'limit' must be between 1 and " + max);
  }

  /** A translation filter: absent for every item, {@code outdated} or {@code current}. */
  static TranslationFilter translation(String text) {
    if (text == null || text.isBlank()) {
      return TranslationFilter.ANY;
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "outdated" -> TranslationFilter.OUTDATED;
      case "current" -> TranslationFilter.CURRENT;
      default ->
          throw new IllegalArgumentException("'translation' must be 'outdated' or 'current'");
    };
  }

  /** A content type by its lower-case name ({@code page}, {@code news}). */
  static ContentType type(String text) {
    try {
      return ContentType.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "'type' must be one of "
              + List.of(ContentType.values()).toString().toLowerCase(Locale.ROOT));
    }
  }

  /** The {@code theme} filter: a theme code, or nothing when not given. */
  static Optional<ThemeCode> theme(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        ThemeCode.parse(text.strip())
            .orElseThrow(
                () ->
                    new IllegalArgumentException("'theme' must be a theme code, e.g. migration")));
  }

  /** The {@code tag} filter: a tag's address, or nothing when not given. */
  static Optional<Slug> tag(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        Slug.parse(text.strip())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "'tag' must be a tag's address (lower-case words joined by hyphens)")));
  }

  /** The {@code language} filter: a language tag, or {@code null} when not given. */
  static String language(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return org.meridian.tenancy.office.LanguageTag.parse(text.strip())
        .map(org.meridian.tenancy.office.LanguageTag::value)
        .orElseThrow(() -> new IllegalArgumentException("'language' must be a language tag"));
  }
}
