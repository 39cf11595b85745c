package org.meridian.admin;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.meridian.content.ContentType;
import org.meridian.content.fields.ContactReference;
import org.meridian.content.fields.FieldDefinition;
import org.meridian.content.fields.Jsons;
import org.meridian.content.fields.Quote;
import org.meridian.content.fields.TypeFields;

/**
 * The editor's form for a type's own fields: one text per single-value field, a time zone per
 * date-and-time field, telephone numbers one a line, and rows for the list fields (media contacts,
 * quotations) with an empty one and a few hidden spare ones to add more. It reads a revision's
 * fields into the form and the form back into the JSON the content module checks.
 */
public final class TypeFieldsForm implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int EMPTY_ROWS = 1;

  /**
   * Empty rows kept hidden after the visible one: the "add" buttons' script shows one at a time, so
   * a row is added without a round trip (field-rows.js); without it, "add" saves and the editor
   * comes back with a new empty row.
   */
  static final int SPARE_ROWS = 4;

  /** The key, next to a list of items' ids, of the item chosen in the list without the script. */
  static final String ADDED = "+added";

  private final Map<String, String> values = new HashMap<>();
  private final Map<String, String> zones = new HashMap<>();
  private final Map<String, List<ContactRow>> contactRows = new HashMap<>();
  private final Map<String, List<QuoteRow>> quoteRows = new HashMap<>();

  /** Fills the form with {@code fields} of {@code type}; {@code officeZone} for empty zones. */
  void load(ContentType type, TypeFields fields, String officeZone) {
    values.clear();
    zones.clear();
    for (FieldDefinition field : type.fields()) {
      String name = field.name();
      switch (field.kind()) {
        case DATE_TIME_ZONE ->
            fields
                .dateTime(name)
                .ifPresent(
                    t -> {
                      values.put(name, t.toLocalDateTime().toString());
                      zones.put(name, t.getZone().getId());
                    });
        case MEDIA -> values.put(name, fields.id(name).map(String::valueOf).orElse(""));
        case PHONES -> values.put(name, String.join("\n", fields.texts(name)));
        case MEDIA_LIST, ITEM_REFS ->
            values.put(
                name,
                fields.ids(name).stream().map(String::valueOf).collect(Collectors.joining(", ")));
        case CONTACT_REFS, QUOTES -> {}
        default -> values.put(name, fields.text(name).orElse(""));
      }
    }
    prepareRows(type, fields, officeZone);
  }

  /** Rows for list fields: the stored ones and a few empty ones to add more. */
  void prepareRows(ContentType type, TypeFields fields, String officeZone) {
    contactRows.clear();
    quoteRows.clear();
    for (FieldDefinition field : type.fields()) {
      switch (field.kind()) {
        case CONTACT_REFS -> {
          List<ContactRow> rows = new ArrayList<>();
          for (ContactReference ref : fields.contacts(field.name())) {
            rows.add(
                new ContactRow(
                    String.valueOf(ref.contactItemId()),
                    ref.expires() == null ? "" : ref.expires().toString(),
                    false));
          }
          for (int i = 0; i < EMPTY_ROWS + SPARE_ROWS; i++) {
            rows.add(new ContactRow("", "", i >= EMPTY_ROWS));
          }
          contactRows.put(field.name(), rows);
        }
        case QUOTES -> {
          List<QuoteRow> rows = new ArrayList<>();
          for (Quote quote : fields.quotes(field.name())) {
            rows.add(new QuoteRow(quote.text(), quote.attribution(), false));
          }
          for (int i = 0; i < EMPTY_ROWS + SPARE_ROWS; i++) {
            rows.add(new QuoteRow("", "", i >= EMPTY_ROWS));
          }
          quoteRows.put(field.name(), rows);
        }
        case DATE_TIME_ZONE -> zones.putIfAbsent(field.name(), officeZone);
        default -> {}
      }
    }
  }

  /** The type's fields as the content module reads them, from the form's values and rows. */
  JsonObject toJson(ContentType type, String officeZone) {
    JsonObjectBuilder json = Jsons.createObjectBuilder();
    for (FieldDefinition field : type.fields()) {
      String name = field.name();
      switch (field.kind()) {
        case DATE_TIME_ZONE -> {
          String local = values.get(name);
          if (local != null && !local.isBlank()) {
            String zone = zones.get(name);
            json.add(
                name,
                Jsons.createObjectBuilder()
                    .add("local", local.strip())
                    .add("zone", zone == null || zone.isBlank() ? officeZone : zone.strip()));
          }
        }
        case CONTACT_REFS -> {
          JsonArrayBuilder rows = Jsons.createArrayBuilder();
          for (ContactRow row : contactRows.getOrDefault(name, List.of())) {
            rows.add(
                Jsons.createObjectBuilder()
                    .add("contact", nullToEmpty(row.getContact()))
                    .add("expires", nullToEmpty(row.getExpires())));
          }
          json.add(name, rows);
        }
        case QUOTES -> {
          JsonArrayBuilder rows = Jsons.createArrayBuilder();
          for (QuoteRow row : quoteRows.getOrDefault(name, List.of())) {
            rows.add(
                Jsons.createObjectBuilder()
                    .add("text", nullToEmpty(row.getText()))
                    .add("attribution", nullToEmpty(row.getAttribution())));
          }
          json.add(name, rows);
        }
        case ITEM_REFS -> {
          // The typed or script-kept ids, then the one chosen in the list without the script.
          String value =
              (nullToEmpty(values.get(name)) + " " + nullToEmpty(values.get(name + ADDED)));
          if (!value.isBlank()) {
            json.add(name, value.strip());
          }
        }
        default -> {
          String value = values.get(name);
          if (value != null && !value.isBlank()) {
            json.add(name, value);
          }
        }
      }
    }
    return json.build();
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  Map<String, String> values() {
    return values;
  }

  Map<String, String> zones() {
    return zones;
  }

  Map<String, List<ContactRow>> contactRows() {
    return contactRows;
  }

  Map<String, List<QuoteRow>> quoteRows() {
    return quoteRows;
  }

  /** One media contact of a news item in the form: a contact card and the date it expires. */
  public static final class ContactRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String contact;
    private String expires;
    private final boolean spare;

    ContactRow(String contact, String expires, boolean spare) {
      this.contact = contact;
      this.expires = expires;
      this.spare = spare;
    }

    /** A spare row nobody has filled: hidden until "add" shows it. */
    public boolean isHidden() {
      return spare
          && (contact == null || contact.isBlank())
          && (expires == null || expires.isBlank());
    }

    public String getContact() {
      return contact;
    }

    public void setContact(String contact) {
      this.contact = contact;
    }

    public String getExpires() {
      return expires;
    }

    public void setExpires(String expires) {
      this.expires = expires;
    }
  }

  /** One quotation in the form. */
  public static final class QuoteRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String text;
    private String attribution;
    private final boolean spare;

    QuoteRow(String text, String attribution, boolean spare) {
      this.text = text;
      this.attribution = attribution;
      this.spare = spare;
    }

    /** A spare row nobody has filled: hidden until "add" shows it. */
    public boolean isHidden() {
      return spare
          && (text == null || text.isBlank())
          && (attribution == null || attribution.isBlank());
    }

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }

    public String getAttribution() {
      return attribution;
    }

    public void setAttribution(String attribution) {
      this.attribution = attribution;
    }
  }
}
