package org.meridian.content.fields;

import jakarta.json.JsonValue;

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

  /** The canonical value, or {@code null} when {@code raw} holds no value (blank, empty list). */
  JsonValue normalise(JsonValue raw, FieldDefinition field) {
    if (raw == null || raw.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    return switch (this) {
      case TEXT -> TextValues.text(raw, field, TEXT_MAX, false);
      case LONG_TEXT -> TextValues.text(raw, field, LONG_TEXT_MAX, true);
      case DATE -> DateValues.date(raw, field);
      case DATE_TIME_ZONE -> DateValues.dateTimeZone(raw, field);
      case URL -> ContactValues.url(raw, field);
      case EMAIL -> ContactValues.email(raw, field);
      case PHONE -> ContactValues.phone(raw, field);
      case PHONES -> ContactValues.phones(raw, field);
      case CHOICE -> TextValues.choice(raw, field);
      case YEAR -> DateValues.year(raw, field);
      case LANGUAGE -> TextValues.language(raw, field);
      case MEDIA -> IdValues.id(raw, field);
      case MEDIA_LIST, ITEM_REFS -> IdValues.ids(raw, field);
      case CONTACT_REFS -> RowValues.contacts(raw, field);
      case QUOTES -> RowValues.quotes(raw, field);
    };
  }
}
