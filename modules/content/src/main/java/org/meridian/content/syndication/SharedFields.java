package org.meridian.content.syndication;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.meridian.content.CommonFields;
import org.meridian.content.ContentType;
import org.meridian.content.Revision;
import org.meridian.content.RevisionInput;
import org.meridian.content.fields.FieldDefinition;
import org.meridian.content.fields.FieldKind;
import org.meridian.content.fields.Jsons;
import org.meridian.content.fields.TypeFields;
import org.meridian.tenancy.Refusal;

/**
 * The fields a shared item passes on to its copies, by name, each as text: {@code title}, {@code
 * summary}, {@code body}, {@code seoDescription}, {@code heroImage}, {@code socialImage} and the
 * type's own fields (their stored JSON). Fields that point at items of the office (media contacts,
 * related items) are never passed on: another office's ids mean nothing in a copy's office, so they
 * are always the copy's own.
 */
public record SharedFields(ContentType type, Map<String, String> values) {

  public static final String TITLE = "title";
  public static final String SUMMARY = "summary";
  public static final String BODY = "body";
  public static final String SEO_DESCRIPTION = "seoDescription";
  public static final String HERO_IMAGE = "heroImage";
  public static final String SOCIAL_IMAGE = "socialImage";

  /** What HQ locks unless it chooses otherwise: the text that makes the item what it is. */
  public static final Set<String> DEFAULT_LOCKED = Set.of(TITLE, BODY);

  public SharedFields {
    Objects.requireNonNull(type, "type");
    Map<String, String> ordered = new LinkedHashMap<>();
    for (String name : names(type)) {
      ordered.put(name, values.getOrDefault(name, ""));
    }
    values = java.util.Collections.unmodifiableMap(ordered);
  }

  /** The fields of {@code type} that copies inherit, in the order an editor reads them. */
  public static List<String> names(ContentType type) {
    List<String> names =
        new ArrayList<>(List.of(TITLE, SUMMARY, BODY, SEO_DESCRIPTION, HERO_IMAGE, SOCIAL_IMAGE));
    for (FieldDefinition field : type.fields()) {
      if (!isLocal(field)) {
        names.add(field.name());
      }
    }
    return names;
  }

  /** A readable label for a field name of {@code type}. */
  public static String label(ContentType type, String name) {
    return switch (name) {
      case TITLE -> "Title";
      case SUMMARY -> "Summary";
      case BODY -> "Body";
      case SEO_DESCRIPTION -> "Search description";
      case HERO_IMAGE -> "Hero image";
      case SOCIAL_IMAGE -> "Social image";
      default -> type.field(name).map(FieldDefinition::label).orElse(name);
    };
  }

  /**
   * The label of field {@code name} of {@code type} as a word of a refusal ({@code field.<name>} in
   * the console, {@link #label} in English).
   */
  public static Refusal.Word word(ContentType type, String name) {
    return type.field(name)
        .map(FieldDefinition::word)
        .orElseGet(() -> Refusal.Word.of("field." + name, label(type, name)));
  }

  /** Fields that always belong to the copy: references to items of its own office. */
  static boolean isLocal(FieldDefinition field) {
    return field.kind() == FieldKind.ITEM_REFS || field.kind() == FieldKind.CONTACT_REFS;
  }

  public static SharedFields of(Revision revision) {
    return of(revision.item().type(), revision.toInput(), revision.fields());
  }

  /**
   * What {@code input} says in the shared fields; its type fields are checked (and brought to their
   * stored form) first.
   */
  public static SharedFields of(ContentType type, RevisionInput input) {
    return of(type, input, TypeFields.validate(type, input.fields()));
  }

  private static SharedFields of(ContentType type, RevisionInput input, TypeFields fields) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put(TITLE, input.title());
    values.put(SUMMARY, input.summary());
    values.put(BODY, input.body());
    CommonFields common = input.common();
    values.put(SEO_DESCRIPTION, common.seoDescription());
    values.put(HERO_IMAGE, hero(common));
    values.put(SOCIAL_IMAGE, common.socialImageId() == null ? "" : common.socialImageId() + "");
    JsonObject json = fields.json();
    for (FieldDefinition field : type.fields()) {
      if (!isLocal(field)) {
        JsonValue value = json.get(field.name());
        values.put(field.name(), value == null ? "" : value.toString());
      }
    }
    return new SharedFields(type, values);
  }

  private static String hero(CommonFields common) {
    if (common.heroImageId() == null) {
      return "";
    }
    return Jsons.createObjectBuilder()
        .add("id", common.heroImageId())
        .add("alt", common.heroAlt())
        .add("decorative", common.heroDecorative())
        .build()
        .toString();
  }

  public String value(String name) {
    return values.getOrDefault(name, "");
  }

  /** The names of the fields whose values differ between this and {@code other}. */
  public Set<String> differencesFrom(SharedFields other) {
    Set<String> changed = new LinkedHashSet<>();
    for (String name : values.keySet()) {
      if (!value(name).equals(other.value(name))) {
        changed.add(name);
      }
    }
    return changed;
  }

  /**
   * A copy's fields: {@code inherited}'s values, except the {@code overridden} fields, which keep
   * what {@code copy} says.
   */
  public static SharedFields merge(
      SharedFields inherited, SharedFields copy, Collection<String> overridden) {
    Map<String, String> merged = new LinkedHashMap<>(inherited.values());
    for (String name : overridden) {
      if (merged.containsKey(name)) {
        merged.put(name, copy.value(name));
      }
    }
    return new SharedFields(inherited.type(), merged);
  }

  /**
   * These fields as an editor's input, with {@code local} (the copy's own values of the fields that
   * are never shared, e.g. media contacts) added to the type's fields.
   */
  public RevisionInput toInput(JsonObject local) {
    JsonObjectBuilder typeFields = Jsons.createObjectBuilder();
    for (FieldDefinition field : type.fields()) {
      if (isLocal(field)) {
        if (local != null && local.containsKey(field.name())) {
          typeFields.add(field.name(), local.get(field.name()));
        }
      } else if (!value(field.name()).isEmpty()) {
        typeFields.add(field.name(), parse(value(field.name())));
      }
    }
    Long heroId = null;
    String heroAlt = "";
    boolean decorative = false;
    if (!value(HERO_IMAGE).isEmpty()) {
      JsonObject hero = parse(value(HERO_IMAGE)).asJsonObject();
      heroId = hero.getJsonNumber("id").longValue();
      heroAlt = hero.getString("alt", "");
      decorative = hero.getBoolean("decorative", false);
    }
    Long social = value(SOCIAL_IMAGE).isEmpty() ? null : Long.valueOf(value(SOCIAL_IMAGE));
    return new RevisionInput(
        value(TITLE),
        value(SUMMARY),
        value(BODY),
        new CommonFields(heroId, heroAlt, decorative, value(SEO_DESCRIPTION), social),
        typeFields.build());
  }

  /** The values as one JSON object, for storing. */
  public String toJson() {
    JsonObjectBuilder out = Jsons.createObjectBuilder();
    values.forEach(out::add);
    return out.build().toString();
  }

  public static SharedFields fromJson(ContentType type, String json) {
    Map<String, String> values = new LinkedHashMap<>();
    JsonObject stored = parse(json == null || json.isBlank() ? "{}" : json).asJsonObject();
    stored.forEach(
        (name, value) ->
            values.put(
                name,
                value.getValueType() == JsonValue.ValueType.STRING
                    ? ((jakarta.json.JsonString) value).getString()
                    : value.toString()));
    return new SharedFields(type, values);
  }

  /** The same fields without images: what a regional office's copies get (see docs). */
  public SharedFields withoutImages() {
    Map<String, String> values = new LinkedHashMap<>(this.values);
    values.put(HERO_IMAGE, "");
    values.put(SOCIAL_IMAGE, "");
    return new SharedFields(type, values);
  }

  private static JsonValue parse(String json) {
    try (JsonReader reader = Jsons.createReader(new StringReader(json))) {
      return reader.readValue();
    }
  }
}
