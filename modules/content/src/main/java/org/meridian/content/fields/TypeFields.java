package org.meridian.content.fields;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.meridian.content.ContentType;
import org.meridian.tenancy.Refusal;

/**
 * The values of a type's own fields in one revision, checked against the type's {@link
 * FieldDefinition}s and kept as one JSON object (stored in the revision's {@code fields} column).
 * Instances are immutable and always valid for their type.
 */
public final class TypeFields implements java.io.Serializable {

  @java.io.Serial private static final long serialVersionUID = 1L;

  private final ContentType type;

  /** Travels as its JSON text ({@link Stored}): a parsed JSON object is not serialisable. */
  private final transient JsonObject values;

  private TypeFields(ContentType type, JsonObject values) {
    this.type = Objects.requireNonNull(type, "type");
    this.values = values;
  }

  /**
   * Checks what an editor or the API gave for {@code type}'s fields and returns the stored form.
   *
   * @throws InvalidFieldsException naming every field that is refused (unknown, missing, bad)
   */
  public static TypeFields validate(ContentType type, JsonObject raw) {
    JsonObject given = raw == null ? JsonValue.EMPTY_JSON_OBJECT : raw;
    List<FieldError> errors = new ArrayList<>();
    for (String key : given.keySet()) {
      if (type.field(key).isEmpty()) {
        Refusal.Word typeWord = Refusal.Word.of("type." + type.name(), type.label());
        errors.add(
            new FieldError(
                key,
                type.fields().isEmpty()
                    ? Refusal.of(
                        "fields.unknown_0_for_1_none",
                        "Unknown field '{0}' for {1} (it has no fields of its own).",
                        key,
                        typeWord)
                    : Refusal.of(
                        "fields.unknown_0_for_1_fields_2",
                        "Unknown field '{0}' for {1}: its fields are {2}.",
                        key,
                        typeWord,
                        type.fields().stream().map(FieldDefinition::name).toList())));
      }
    }
    JsonObjectBuilder out = Jsons.createObjectBuilder();
    for (FieldDefinition field : type.fields()) {
      try {
        JsonValue value = field.kind().normalise(given.get(field.name()), field);
        if (value == null && field.defaultValue() != null) {
          value = Jsons.createValue(field.defaultValue());
        }
        if (value == null && field.required()) {
          errors.add(
              new FieldError(
                  field.name(), Refusal.of("fields.required_0", "{0} is required.", field.word())));
        } else if (value != null) {
          out.add(field.name(), value);
        }
      } catch (FieldValueRefusedException refused) {
        errors.add(new FieldError(field.name(), refused.refusal()));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
    TypeFields fields = new TypeFields(type, out.build());
    List<FieldError> broken =
        type.rules().stream().flatMap(rule -> rule.check(fields).stream()).toList();
    if (!broken.isEmpty()) {
      throw new InvalidFieldsException(broken);
    }
    return fields;
  }

  /** Parses JSON text and validates it: a syntax error is one error on the field {@code fields}. */
  public static TypeFields validate(ContentType type, String json) {
    return validate(type, parse(json));
  }

  /**
   * Reads the values stored with a revision. They were checked when written; fields added to the
   * type since then get their defaults, fields removed since then are left out.
   */
  public static TypeFields stored(ContentType type, String json) {
    JsonObject stored;
    try {
      stored = parse(json == null || json.isBlank() ? "{}" : json);
    } catch (InvalidFieldsException unreadable) {
      stored = JsonValue.EMPTY_JSON_OBJECT;
    }
    JsonObjectBuilder out = Jsons.createObjectBuilder();
    for (FieldDefinition field : type.fields()) {
      JsonValue value = stored.get(field.name());
      if (value != null && value.getValueType() != JsonValue.ValueType.NULL) {
        out.add(field.name(), value);
      } else if (field.defaultValue() != null) {
        out.add(field.name(), field.defaultValue());
      }
    }
    return new TypeFields(type, out.build());
  }

  /** No values: what items of a type without fields, or old items, have. */
  public static TypeFields empty(ContentType type) {
    return stored(type, "{}");
  }

  private static JsonObject parse(String json) {
    try (JsonReader reader = Jsons.createReader(new StringReader(json == null ? "{}" : json))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      throw new InvalidFieldsException(
          "fields",
          Refusal.of("fields.not_a_json_object", "The type's fields are not a JSON object."));
    }
  }

  public ContentType type() {
    return type;
  }

  /**
   * An item's fields travel as their JSON text, in a console session that moves to another server
   * (an editor's view holds the item it edits).
   */
  @java.io.Serial
  private Object writeReplace() {
    return new Stored(type, toJsonText());
  }

  @java.io.Serial
  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw new java.io.InvalidObjectException("TypeFields travel as Stored");
  }

  private record Stored(ContentType type, String json) implements java.io.Serializable {
    @java.io.Serial
    private Object readResolve() {
      return stored(type, json);
    }
  }

  /** The stored form, only fields that have a value. */
  public JsonObject json() {
    return values;
  }

  public String toJsonText() {
    return values.toString();
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** A text-like value (text, long text, URL, e-mail, telephone, choice, language, date, year). */
  public Optional<String> text(String name) {
    JsonValue value = values.get(name);
    if (value instanceof JsonString s) {
      return Optional.of(s.getString());
    }
    if (value instanceof JsonNumber n) {
      return Optional.of(n.toString());
    }
    return Optional.empty();
  }

  public Optional<LocalDate> date(String name) {
    return text(name).map(LocalDate::parse);
  }

  public Optional<Integer> year(String name) {
    return text(name).map(Integer::valueOf);
  }

  /** A media id. */
  public Optional<Long> id(String name) {
    return values.get(name) instanceof JsonNumber n ? Optional.of(n.longValue()) : Optional.empty();
  }

  /** A list of ids (media or items), in the editor's order. */
  public List<Long> ids(String name) {
    return values.get(name) instanceof JsonArray array
        ? array.getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValue).toList()
        : List.of();
  }

  public Optional<ZonedDateTime> dateTime(String name) {
    return values.get(name) instanceof JsonObject o
        ? Optional.of(
            LocalDateTime.parse(o.getString("local")).atZone(ZoneId.of(o.getString("zone"))))
        : Optional.empty();
  }

  public List<ContactReference> contacts(String name) {
    return values.get(name) instanceof JsonArray array
        ? array.getValuesAs(JsonObject.class).stream()
            .map(
                o ->
                    new ContactReference(
                        o.getJsonNumber("contact").longValue(),
                        o.containsKey("expires") ? LocalDate.parse(o.getString("expires")) : null))
            .toList()
        : List.of();
  }

  /**
   * A list of texts (telephone numbers), in order; a single text stored before the field became a
   * list reads as a list of one.
   */
  public List<String> texts(String name) {
    JsonValue value = values.get(name);
    if (value instanceof JsonArray array) {
      return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
    return value instanceof JsonString s ? List.of(s.getString()) : List.of();
  }

  public List<Quote> quotes(String name) {
    return values.get(name) instanceof JsonArray array
        ? array.getValuesAs(JsonObject.class).stream()
            .map(o -> new Quote(o.getString("text"), o.getString("attribution")))
            .toList()
        : List.of();
  }

  /** Every media id these fields use (for checking them and recording where media is used). */
  public Set<Long> mediaIds() {
    Set<Long> ids = new LinkedHashSet<>();
    for (FieldDefinition field : type.fields()) {
      switch (field.kind()) {
        case MEDIA -> id(field.name()).ifPresent(ids::add);
        case MEDIA_LIST -> ids.addAll(ids(field.name()));
        default -> {}
      }
    }
    return ids;
  }

  /** Ids of content items these fields point at, by field name (item references and contacts). */
  public Map<String, List<Long>> itemReferences() {
    Map<String, List<Long>> refs = new LinkedHashMap<>();
    for (FieldDefinition field : type.fields()) {
      switch (field.kind()) {
        case ITEM_REFS -> refs.put(field.name(), ids(field.name()));
        case CONTACT_REFS ->
            refs.put(
                field.name(),
                contacts(field.name()).stream().map(ContactReference::contactItemId).toList());
        default -> {}
      }
    }
    return refs;
  }

  /** Each field's label and its value as text, in the type's order: for comparing revisions. */
  public Map<String, String> readable() {
    Map<String, String> out = new LinkedHashMap<>();
    for (FieldDefinition field : type.fields()) {
      out.put(field.label(), readable(field));
    }
    return out;
  }

  private String readable(FieldDefinition field) {
    String name = field.name();
    return switch (field.kind()) {
      case CHOICE -> text(name).map(field::choiceLabel).orElse("");
      case DATE_TIME_ZONE ->
          dateTime(name).map(t -> t.toLocalDateTime() + " (" + t.getZone() + ")").orElse("");
      case MEDIA_LIST, ITEM_REFS ->
          ids(name).stream().map(String::valueOf).collect(Collectors.joining(", "));
      case CONTACT_REFS ->
          contacts(name).stream()
              .map(
                  c ->
                      "contact "
                          + c.contactItemId()
                          + " until "
                          + (c.expires() == null
                              ? ContactReference.DEFAULT_MONTHS + " months after publication"
                              : c.expires()))
              .collect(Collectors.joining("\n"));
      case QUOTES ->
          quotes(name).stream()
              .map(q -> "“" + q.text() + "” — " + q.attribution())
              .collect(Collectors.joining("\n"));
      case MEDIA -> id(name).map(String::valueOf).orElse("");
      case PHONES -> String.join("\n", texts(name));
      default -> text(name).orElse("");
    };
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TypeFields that && type == that.type && values.equals(that.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, values);
  }

  @Override
  public String toString() {
    return type + values.toString();
  }
}
