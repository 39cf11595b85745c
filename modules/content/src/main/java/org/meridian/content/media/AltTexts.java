package org.meridian.content.media;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.office.LanguageTag;

/**
 * An image's alt text in other languages than its default one ({@link MediaDetails#altText()}): an
 * item in French shows the French text, and the default where there is none. Blank texts are left
 * out, so "none in this language" has one meaning.
 */
public record AltTexts(Map<String, String> byLanguage) implements java.io.Serializable {

  public static final AltTexts NONE = new AltTexts(Map.of());

  public AltTexts {
    TreeMap<String, String> kept = new TreeMap<>();
    if (byLanguage != null) {
      byLanguage.forEach(
          (language, text) -> {
            String tag =
                LanguageTag.parse(language)
                    .map(LanguageTag::value)
                    .orElseThrow(
                        () ->
                            new MediaRefusedException(
                                "altTexts",
                                Refusal.of(
                                    "media.alt_language_0",
                                    "'{0}' is not a language tag such as fr or pt-BR",
                                    String.valueOf(language))));
            String plain = text == null ? "" : text.strip().replaceAll("\\s+", " ");
            if (plain.length() > MediaDetails.MAX_ALT) {
              throw new MediaRefusedException(
                  "altTexts",
                  Refusal.of(
                      "media.alt_text_too_long_0",
                      "The alt text has at most {0} characters",
                      MediaDetails.MAX_ALT));
            }
            if (!plain.isEmpty()) {
              kept.put(tag, plain);
            }
          });
    }
    byLanguage = java.util.Collections.unmodifiableMap(kept);
  }

  /** The texts as stored: a JSON object of language to text ({@code {"fr":"…"}}). */
  public static AltTexts fromJson(String column) {
    if (column == null || column.isBlank()) {
      return NONE;
    }
    try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(column))) {
      Map<String, String> texts = new java.util.LinkedHashMap<>();
      reader
          .readObject()
          .forEach(
              (language, value) -> {
                if (value.getValueType() == jakarta.json.JsonValue.ValueType.STRING) {
                  texts.put(language, ((jakarta.json.JsonString) value).getString());
                }
              });
      return new AltTexts(texts);
    }
  }

  /** The text in {@code language}, if one was written for it. */
  public Optional<String> in(String language) {
    return Optional.ofNullable(byLanguage.get(language));
  }

  public boolean isEmpty() {
    return byLanguage.isEmpty();
  }
}
