package org.meridian.content.fields;

import static org.meridian.content.fields.DateValues.parseDate;
import static org.meridian.content.fields.IdValues.parseId;
import static org.meridian.content.fields.TextValues.refused;
import static org.meridian.content.fields.TextValues.string;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.meridian.tenancy.Refusal;

/**
 * Fields of repeated rows: media contacts with their expiry ({@link FieldKind#CONTACT_REFS}) and
 * quotations with their attribution ({@link FieldKind#QUOTES}). Empty rows are left out; a
 * half-filled one is refused with its row number.
 */
final class RowValues {

  private RowValues() {}

  static JsonArray array(JsonValue raw, FieldDefinition field) {
    if (!(raw instanceof JsonArray array)) {
      throw refused(Refusal.of("fields.expected_list_0", "{0}: expected a list.", field.word()));
    }
    if (array.size() > FieldKind.LIST_MAX) {
      throw refused(
          Refusal.of(
              "fields.at_most_0_1_entries",
              "{0} holds at most {1} entries.",
              field.word(),
              FieldKind.LIST_MAX));
    }
    return array;
  }

  static JsonValue contacts(JsonValue raw, FieldDefinition field) {
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

  static JsonValue quotes(JsonValue raw, FieldDefinition field) {
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
      if (text.length() > 1000 || by.length() > FieldKind.TEXT_MAX) {
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
