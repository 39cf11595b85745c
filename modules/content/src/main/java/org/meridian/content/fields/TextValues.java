package org.meridian.content.fields;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.office.LanguageTag;

/**
 * A field's value read as text ({@link FieldKind#TEXT}, {@link FieldKind#LONG_TEXT}, {@link
 * FieldKind#CHOICE}, {@link FieldKind#LANGUAGE}), and how every kind reads a text and refuses a
 * value.
 */
final class TextValues {

  private TextValues() {}

  /** A value refused, saying why by a code the console translates; the English for the API. */
  static FieldValueRefusedException refused(Refusal refusal) {
    return new FieldValueRefusedException(refusal);
  }

  static String string(JsonValue raw, FieldDefinition field) {
    if (raw instanceof JsonString s) {
      return s.getString();
    }
    if (raw instanceof JsonNumber n) {
      return n.toString();
    }
    throw refused(Refusal.of("fields.expected_text_0", "{0}: expected text.", field.word()));
  }

  static JsonValue text(JsonValue raw, FieldDefinition field, int max, boolean lines) {
    String text = string(raw, field).strip();
    if (!lines) {
      text = text.replaceAll("\\s+", " ");
    } else {
      text = text.replace("\r\n", "\n");
    }
    if (text.isEmpty()) {
      return null;
    }
    if (text.length() > max) {
      throw refused(
          Refusal.of(
              "fields.too_long_0_1_2",
              "{0} has at most {1} characters (this one has {2}).",
              field.word(),
              max,
              text.length()));
    }
    return Jsons.createValue(text);
  }

  static JsonValue choice(JsonValue raw, FieldDefinition field) {
    String text = string(raw, field).strip();
    if (text.isEmpty()) {
      return null;
    }
    if (field.choices().stream().noneMatch(c -> c.value().equals(text))) {
      throw refused(
          Refusal.of(
              "fields.not_a_choice_0_1_2",
              "{0}: '{1}' is not one of {2}.",
              field.word(),
              text,
              field.choices().stream().map(Choice::value).toList()));
    }
    return Jsons.createValue(text);
  }

  static JsonValue language(JsonValue raw, FieldDefinition field) {
    String text = string(raw, field).strip();
    if (text.isEmpty()) {
      return null;
    }
    return LanguageTag.parse(text)
        .<JsonValue>map(tag -> Jsons.createValue(tag.value()))
        .orElseThrow(
            () ->
                refused(
                    Refusal.of(
                        "fields.not_a_language_0_1",
                        "{0}: '{1}' is not a language tag, e.g. en or fr.",
                        field.word(),
                        text)));
  }
}
