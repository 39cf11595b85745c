package org.meridian.content.fields;

import static org.meridian.content.fields.TextValues.refused;
import static org.meridian.content.fields.TextValues.string;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.meridian.tenancy.Refusal;

/**
 * Where someone is reached: a web address ({@link FieldKind#URL}), an e-mail address ({@link
 * FieldKind#EMAIL}) and telephone numbers ({@link FieldKind#PHONE}, {@link FieldKind#PHONES}).
 */
final class ContactValues {

  private static final Pattern EMAIL_SHAPE =
      Pattern.compile(
          "[^@\\s<>\"]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9-]+)+");
  private static final Pattern PHONE_SHAPE = Pattern.compile("\\+?[0-9 ()\\-./]{3,40}");

  private ContactValues() {}

  static JsonValue url(JsonValue raw, FieldDefinition field) {
    String text = string(raw, field).strip();
    if (text.isEmpty()) {
      return null;
    }
    if (text.length() > FieldKind.URL_MAX) {
      throw refused(
          Refusal.of(
              "fields.at_most_0_1_characters",
              "{0} has at most {1} characters.",
              field.word(),
              FieldKind.URL_MAX));
    }
    return Jsons.createValue(checkedUrl(text, field.word()));
  }

  static String checkedUrl(String text, Refusal.Word label) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("https") || scheme.equals("http"))
          || uri.getHost() == null
          || uri.getHost().isBlank()) {
        throw new URISyntaxException(text, "not http(s)");
      }
      return uri.toString();
    } catch (URISyntaxException e) {
      throw refused(
          Refusal.of(
              "fields.not_a_web_address_0_1",
              "{0}: '{1}' is not a web address; it starts with https://.",
              label,
              text));
    }
  }

  static JsonValue email(JsonValue raw, FieldDefinition field) {
    String text = string(raw, field).strip();
    if (text.isEmpty()) {
      return null;
    }
    if (text.length() > 254 || !EMAIL_SHAPE.matcher(text).matches()) {
      throw refused(
          Refusal.of(
              "fields.not_an_email_0_1",
              "{0}: '{1}' is not an e-mail address.",
              field.word(),
              text));
    }
    return Jsons.createValue(text);
  }

  static JsonValue phone(JsonValue raw, FieldDefinition field) {
    String text = string(raw, field).strip();
    if (text.isEmpty()) {
      return null;
    }
    if (!PHONE_SHAPE.matcher(text).matches()
        || text.chars().filter(Character::isDigit).count() < 3) {
      throw refused(
          Refusal.of(
              "fields.not_a_phone_0_1",
              "{0}: '{1}' is not a telephone number, e.g. +220 440 0000.",
              field.word(),
              text));
    }
    return Jsons.createValue(text);
  }

  /** Numbers as a JSON array, or text with one a line (or separated by semicolons). */
  static JsonValue phones(JsonValue raw, FieldDefinition field) {
    List<String> parts = new ArrayList<>();
    if (raw instanceof JsonArray array) {
      array.forEach(v -> parts.add(string(v, field)));
    } else {
      parts.addAll(List.of(string(raw, field).split("[\\r\\n;]+")));
    }
    Set<String> numbers = new LinkedHashSet<>();
    for (String part : parts) {
      JsonValue number = phone(Jsons.createValue(part), field);
      if (number != null) {
        numbers.add(((JsonString) number).getString());
      }
    }
    if (numbers.isEmpty()) {
      return null;
    }
    if (numbers.size() > FieldKind.PHONES_MAX) {
      throw refused(
          Refusal.of(
              "fields.at_most_0_1_numbers",
              "{0} holds at most {1} numbers.",
              field.word(),
              FieldKind.PHONES_MAX));
    }
    JsonArrayBuilder out = Jsons.createArrayBuilder();
    numbers.forEach(out::add);
    return out.build();
  }
}
