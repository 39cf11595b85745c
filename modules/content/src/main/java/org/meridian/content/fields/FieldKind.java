package org.meridian.content.fields;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.office.LanguageTag;

/**
 * What kind of value a field holds, and how a value given by an editor or the API becomes the one
 * stored: {@link #normalise} returns the canonical JSON value, {@code null} for "no value", or
 * throws {@link FieldValueRefusedException} saying why for the editor. Values may come as strings
 * (a form) or as JSON numbers, objects and arrays (the API); what is stored is always the same
 * shape.
 */
public enum FieldKind {
  /** One line of plain text, at most 300 characters. */
  TEXT,
  /** Plain text over several lines, at most 4000 characters (not HTML). */
  LONG_TEXT,
  /** A calendar date, {@code 2026-05-14}. */
  DATE,
  /** A local date and time with its time zone: {@code {"local":"2026-05-14T09:30","zone":"…"}}. */
  DATE_TIME_ZONE,
  /** An absolute http(s) address. */
  URL,
  /** An e-mail address. */
  EMAIL,
  /** A telephone number as people write it: digits, spaces, +, -, parentheses. */
  PHONE,
  /**
   * Telephone numbers, in order ({@code ["+220 440 1020", "+220 990 0000"]}); a form gives them one
   * a line. Each is checked as a {@link #PHONE}.
   */
  PHONES,
  /** One of the field's {@link FieldDefinition#choices()}. */
  CHOICE,
  /** A year, 1000 to 9999. */
  YEAR,
  /** A language tag ({@code en}, {@code fr}, {@code pt-BR}). */
  LANGUAGE,
  /** The id of an item of the media library. */
  MEDIA,
  /** Ids of items of the media library, in order. */
  MEDIA_LIST,
  /** Ids of other content items of the office, in order. */
  ITEM_REFS,
  /**
   * Contact cards of the office, each with the date after which it is no longer shown (none: {@link
   * ContactReference#DEFAULT_MONTHS} months after the item's first publication).
   */
  CONTACT_REFS,
  /** Quotations with their attribution. */
  QUOTES;

  static final int TEXT_MAX = 300;
  static final int LONG_TEXT_MAX = 4000;
  static final int URL_MAX = 2000;
  static final int LIST_MAX = 50;
  static final int PHONES_MAX = 5;
  private static final Pattern EMAIL_SHAPE =
      Pattern.compile(
          "[^@\\s<>\"]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9-]+)+");
  private static final Pattern PHONE_SHAPE = Pattern.compile("\\+?[0-9 ()\\-./]{3,40}");

  /** The canonical value, or {@code null} when {@code raw} holds no value (blank, empty list). */
  JsonValue normalise(JsonValue raw, FieldDefinition field) {
    if (raw == null || raw.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    return switch (this) {
      case TEXT -> text(raw, field, TEXT_MAX, false);
      case LONG_TEXT -> text(raw, field, LONG_TEXT_MAX, true);
      case DATE -> date(raw, field);
      case DATE_TIME_ZONE -> dateTimeZone(raw, field);
      case URL -> url(raw, field);
      case EMAIL -> email(raw, field);
      case PHONE -> phone(raw, field);
      case PHONES -> phones(raw, field);
      case CHOICE -> choice(raw, field);
      case YEAR -> year(raw, field);
      case LANGUAGE -> language(raw, field);
      case MEDIA -> id(raw, field);
      case MEDIA_LIST, ITEM_REFS -> ids(raw, field);
      case CONTACT_REFS -> contacts(raw, field);
      case QUOTES -> quotes(raw, field);
    };
  }

  /** A value refused, saying why by a code the console translates; the English for the API. */
  private static FieldValueRefusedException refused(Refusal refusal) {
    return new FieldValueRefusedException(refusal);
  }

  private static String string(JsonValue raw, FieldDefinition field) {
    if (raw instanceof JsonString s) {
      return s.getString();
    }
    if (raw instanceof JsonNumber n) {
      return n.toString();
    }
    throw refused(Refusal.of("fields.expected_text_0", "{0}: expected text.", field.word()));
  }

  private static JsonValue text(JsonValue raw, FieldDefinition field, int max, boolean lines) {
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

  private static JsonValue date(JsonValue raw, FieldDefinition field) {
    String text = string(raw, field).strip();
    if (text.isEmpty()) {
      return null;
    }
    return Jsons.createValue(parseDate(text, field.word()).toString());
  }

  static LocalDate parseDate(String text, Refusal.Word label) {
    try {
      LocalDate date = LocalDate.parse(text);
      if (date.getYear() < 1000 || date.getYear() > 9999) {
        throw refused(
            Refusal.of(
                "fields.implausible_date_0_1", "{0}: '{1}' is not a plausible date.", label, text));
      }
      return date;
    } catch (DateTimeParseException e) {
      throw refused(
          Refusal.of(
              "fields.not_a_date_0_1",
              "{0}: '{1}' is not a date; write it as 2026-05-14.",
              label,
              text));
    }
  }

  private static JsonValue dateTimeZone(JsonValue raw, FieldDefinition field) {
    if (!(raw instanceof JsonObject object)) {
      throw refused(
          Refusal.of(
              "fields.expected_0_1",
              "{0}: expected {1}.",
              field.word(),
              "{\"local\": \"2026-05-14T09:30\", \"zone\": \"Africa/Dakar\"}"));
    }
    String local = object.getString("local", "").strip();
    String zone = object.getString("zone", "").strip();
    if (local.isEmpty()) {
      return null;
    }
    LocalDateTime at;
    try {
      at = LocalDateTime.parse(local).truncatedTo(ChronoUnit.MINUTES);
    } catch (DateTimeParseException e) {
      throw refused(
          Refusal.of(
              "fields.not_a_date_time_0_1",
              "{0}: '{1}' is not a date and time; write it as 2026-05-14T09:30.",
              field.word(),
              local));
    }
    if (at.getYear() < 1000 || at.getYear() > 9999) {
      throw refused(
          Refusal.of(
              "fields.implausible_0_1", "{0}: '{1}' is not plausible.", field.word(), local));
    }
    ZoneId zoneId;
    try {
      zoneId = ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw refused(
          Refusal.of(
              "fields.not_a_time_zone_0_1",
              "{0}: '{1}' is not a time zone, e.g. Africa/Dakar.",
              field.word(),
              zone));
    }
    return Jsons.createObjectBuilder()
        .add("local", at.toString())
        .add("zone", zoneId.getId())
        .build();
  }

  private static JsonValue url(JsonValue raw, FieldDefinition field) {
    String text = string(raw, field).strip();
    if (text.isEmpty()) {
      return null;
    }
    if (text.length() > URL_MAX) {
      throw refused(
          Refusal.of(
              "fields.at_most_0_1_characters",
              "{0} has at most {1} characters.",
              field.word(),
              URL_MAX));
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

  private static JsonValue email(JsonValue raw, FieldDefinition field) {
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

  private static JsonValue phone(JsonValue raw, FieldDefinition field) {
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
  private static JsonValue phones(JsonValue raw, FieldDefinition field) {
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
    if (numbers.size() > PHONES_MAX) {
      throw refused(
          Refusal.of(
              "fields.at_most_0_1_numbers",
              "{0} holds at most {1} numbers.",
              field.word(),
              PHONES_MAX));
    }
    JsonArrayBuilder out = Jsons.createArrayBuilder();
    numbers.forEach(out::add);
    return out.build();
  }

  private static JsonValue choice(JsonValue raw, FieldDefinition field) {
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

  private static JsonValue year(JsonValue raw, FieldDefinition field) {
    String text = string(raw, field).strip();
    if (text.isEmpty()) {
      return null;
    }
    if (!text.matches("[0-9]{4}")) {
      throw refused(
          Refusal.of(
              "fields.not_a_year_four_digits_0_1",
              "{0}: '{1}' is not a year (four digits, e.g. 2026).",
              field.word(),
              text));
    }
    int year = Integer.parseInt(text);
    if (year < 1000) {
      throw refused(
          Refusal.of("fields.not_a_year_0_1", "{0}: '{1}' is not a year.", field.word(), text));
    }
    return Jsons.createValue(year);
  }

  private static JsonValue language(JsonValue raw, FieldDefinition field) {
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

  private static JsonValue id(JsonValue raw, FieldDefinition field) {
    String text = string(raw, field).strip();
    if (text.isEmpty()) {
      return null;
    }
    return Jsons.createValue(parseId(text, field.word()));
  }

  static long parseId(String text, Refusal.Word label) {
    try {
      long id = Long.parseLong(text.strip());
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw refused(
        Refusal.of(
            "fields.not_an_id_0_1", "{0}: '{1}' is not an id (a positive number).", label, text));
  }

  /** A list of ids: a JSON array, or text with ids separated by commas or spaces (a form). */
  private static JsonValue ids(JsonValue raw, FieldDefinition field) {
    List<String> parts = new ArrayList<>();
    if (raw instanceof JsonArray array) {
      array.forEach(v -> parts.add(string(v, field)));
    } else {
      for (String part : string(raw, field).split("[,\\s]+")) {
        parts.add(part);
      }
    }
    Set<Long> ids = new LinkedHashSet<>();
    for (String part : parts) {
      if (!part.isBlank()) {
        ids.add(parseId(part, field.word()));
      }
    }
    if (ids.isEmpty()) {
      return null;
    }
    if (ids.size() > LIST_MAX) {
      throw refused(
          Refusal.of(
              "fields.at_most_0_1_ids", "{0} holds at most {1} ids.", field.word(), LIST_MAX));
    }
    JsonArrayBuilder out = Jsons.createArrayBuilder();
    ids.forEach(out::add);
    return out.build();
  }

  private static JsonArray array(JsonValue raw, FieldDefinition field) {
    if (!(raw instanceof JsonArray array)) {
      throw refused(Refusal.of("fields.expected_list_0", "{0}: expected a list.", field.word()));
    }
    if (array.size() > LIST_MAX) {
      throw refused(
          Refusal.of(
              "fields.at_most_0_1_entries",
              "{0} holds at most {1} entries.",
              field.word(),
              LIST_MAX));
    }
    return array;
  }

  private static JsonValue contacts(JsonValue raw, FieldDefinition field) {
    JsonArrayBuilder out = Jsons.createArrayBuilder();
    Set<Long> seen = new LinkedHashSet<>();
    int row = 0;
    for (JsonValue entry : array(raw, field)) {
      row++;
      if (!(entry instanceof JsonObject object)) {
        throw refused(
            Refusal.of(
                "fields.expected_0_1",
                "{0}: expected {1}.",
                field.word(),
                "{\"contact\": id, \"expires\": \"2026-12-31\"}"));
      }
      String contact = object.containsKey("contact") ? string(object.get("contact"), field) : "";
      String expires = object.containsKey("expires") ? string(object.get("expires"), field) : "";
      if (contact.isBlank() && expires.isBlank()) {
        continue;
      }
      Refusal.Word label = field.rowWord(row);
      if (contact.isBlank()) {
        throw refused(
            Refusal.of("fields.choose_contact_card_0", "{0}: choose a contact card.", label));
      }
      long id = parseId(contact, label);
      // No date: the contact is shown for ContactReference.DEFAULT_MONTHS after publication.
      LocalDate until = expires.isBlank() ? null : parseDate(expires.strip(), label);
      if (seen.add(id)) {
        JsonObjectBuilder reference = Jsons.createObjectBuilder().add("contact", id);
        if (until != null) {
          reference.add("expires", until.toString());
        }
        out.add(reference);
      }
    }
    JsonArray result = out.build();
    return result.isEmpty() ? null : result;
  }

  private static JsonValue quotes(JsonValue raw, FieldDefinition field) {
    JsonArrayBuilder out = Jsons.createArrayBuilder();
    int row = 0;
    for (JsonValue entry : array(raw, field)) {
      row++;
      if (!(entry instanceof JsonObject object)) {
        throw refused(
            Refusal.of(
                "fields.expected_0_1",
                "{0}: expected {1}.",
                field.word(),
                "{\"text\": \"…\", \"attribution\": \"…\"}"));
      }
      Refusal.Word label = field.rowWord(row);
      String text = object.containsKey("text") ? string(object.get("text"), field).strip() : "";
      String by =
          object.containsKey("attribution")
              ? string(object.get("attribution"), field).strip().replaceAll("\\s+", " ")
              : "";
      if (text.isEmpty() && by.isEmpty()) {
        continue;
      }
      if (text.isEmpty()) {
        throw refused(
            Refusal.of("fields.quotation_missing_0", "{0}: the quotation is missing.", label));
      }
      if (by.isEmpty()) {
        throw refused(Refusal.of("fields.say_who_said_it_0", "{0}: say who said it.", label));
      }
      if (text.length() > 1000 || by.length() > TEXT_MAX) {
        throw refused(
            Refusal.of(
                "fields.quotation_too_long_0",
                "{0}: a quotation has at most 1000 characters, its attribution 300.",
                label));
      }
      out.add(Jsons.createObjectBuilder().add("text", text).add("attribution", by));
    }
    JsonArray result = out.build();
    return result.isEmpty() ? null : result;
  }
}
