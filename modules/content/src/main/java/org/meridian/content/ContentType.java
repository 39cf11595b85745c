package org.meridian.content;

import static org.meridian.content.fields.FieldDefinition.choice;
import static org.meridian.content.fields.FieldDefinition.optional;
import static org.meridian.content.fields.FieldDefinition.required;
import static org.meridian.content.fields.FieldKind.CONTACT_REFS;
import static org.meridian.content.fields.FieldKind.DATE;
import static org.meridian.content.fields.FieldKind.DATE_TIME_ZONE;
import static org.meridian.content.fields.FieldKind.EMAIL;
import static org.meridian.content.fields.FieldKind.ITEM_REFS;
import static org.meridian.content.fields.FieldKind.LANGUAGE;
import static org.meridian.content.fields.FieldKind.LONG_TEXT;
import static org.meridian.content.fields.FieldKind.MEDIA;
import static org.meridian.content.fields.FieldKind.MEDIA_LIST;
import static org.meridian.content.fields.FieldKind.PHONES;
import static org.meridian.content.fields.FieldKind.QUOTES;
import static org.meridian.content.fields.FieldKind.TEXT;
import static org.meridian.content.fields.FieldKind.URL;
import static org.meridian.content.fields.FieldKind.YEAR;

import java.util.List;
import java.util.Optional;
import org.meridian.content.fields.Choice;
import org.meridian.content.fields.FieldDefinition;
import org.meridian.content.fields.FieldError;
import org.meridian.content.fields.FieldRule;
import org.meridian.tenancy.Refusal;

/**
 * The kinds of content an office site carries. A type is an identity plus a declarative list of its
 * own fields and the rules across them; the values live in one JSON object per revision. Adding a
 * type is adding a constant here (see docs/content.md), not a class hierarchy or a table.
 */
public enum ContentType {
  /** A page of the site; pages nest (see {@link ContentItem#parent()}). */
  PAGE("Page", List.of(), List.of()),

  NEWS(
      "News",
      List.of(
          choice(
              "kind",
              "Kind",
              "news",
              new Choice("news", "News"),
              new Choice("press-release", "Press release"),
              new Choice("story", "Story")),
          optional("datelinePlace", "Dateline place", TEXT),
          optional("datelineDate", "Dateline date", DATE),
          optional("quotes", "Quotes", QUOTES),
          optional("mediaContacts", "Media contacts", CONTACT_REFS),
          optional("related", "Related items", ITEM_REFS)),
      List.of()),

  EVENT(
      "Event",
      List.of(
          required("start", "Starts", DATE_TIME_ZONE),
          required("end", "Ends", DATE_TIME_ZONE),
          optional("venue", "Venue", LONG_TEXT),
          optional("onlineUrl", "Online link", URL),
          optional("registrationUrl", "Registration link", URL)),
      List.of(ContentType::endNotBeforeStart, ContentType::venueOrOnline)),

  PUBLICATION(
      "Publication",
      List.of(
          optional("documents", "Document files (media ids)", MEDIA_LIST),
          optional("cover", "Cover image (media id)", MEDIA),
          optional("year", "Year", YEAR),
          optional("publicationLanguage", "Language of the publication", LANGUAGE),
          optional("series", "Series", TEXT)),
      List.of()),

  CONTACT(
      "Contact card",
      List.of(
          required("name", "Name of the person or service", TEXT),
          optional("role", "Role", TEXT),
          optional("organisation", "Organisation", TEXT),
          optional("email", "E-mail", EMAIL),
          optional("phone", "Telephone numbers", PHONES),
          optional("notes", "Address and notes", LONG_TEXT)),
      List.of());

  private final String label;
  private final List<FieldDefinition> fields;
  private final List<FieldRule> rules;

  ContentType(String label, List<FieldDefinition> fields, List<FieldRule> rules) {
    this.label = label;
    this.fields = List.copyOf(fields);
    this.rules = List.copyOf(rules);
  }

  /** The words an editor reads. */
  public String label() {
    return label;
  }

  /** The type's own fields, in the order forms show them. */
  public List<FieldDefinition> fields() {
    return fields;
  }

  public Optional<FieldDefinition> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** Checks across fields, run once each field is valid on its own. */
  public List<FieldRule> rules() {
    return rules;
  }

  /** Whether items of this type may have a parent page and children. */
  public boolean nests() {
    return this == PAGE;
  }

  private static Optional<FieldError> endNotBeforeStart(
      org.meridian.content.fields.TypeFields event) {
    var start = event.dateTime("start");
    var end = event.dateTime("end");
    if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
      return Optional.of(
          new FieldError(
              "end",
              Refusal.of(
                  "fields.event_ends_before_start",
                  "The event ends before it starts: check the end date and time.")));
    }
    return Optional.empty();
  }

  private static Optional<FieldError> venueOrOnline(org.meridian.content.fields.TypeFields event) {
    if (!event.has("venue") && !event.has("onlineUrl")) {
      return Optional.of(
          new FieldError(
              "venue",
              Refusal.of("fields.venue_or_online", "Give the venue, the online link, or both.")));
    }
    return Optional.empty();
  }
}
