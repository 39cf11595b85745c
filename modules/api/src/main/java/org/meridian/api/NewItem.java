package org.meridian.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.function.Function;
import org.meridian.content.ContentType;
import org.meridian.content.RevisionInput;
import org.meridian.content.Slug;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeRef;

/**
 * The body of {@code POST /offices/{code}/items}, read field by field so that every refusal names
 * its field: {@code {"type", "language", "slug", "title", "summary", "body", "fields"}}, where
 * {@code fields} is an object with the type's own fields (see docs/content.md). The domain objects
 * check the values; this class only says which field they refused.
 */
record NewItem(ContentType type, LanguageTag language, Slug slug, RevisionInput input) {

  private static final List<String> FIELDS =
      List.of("type", "language", "slug", "title", "summary", "body", "fields");

  /** Reads a JSON body: 400 when it is not a JSON object, 422 naming the first bad field. */
  static NewItem parse(String body, OfficeRef office) {
    JsonObject json =
        JsonBody.object(body, "{\"type\", \"language\", \"slug\", \"title\", …}", FIELDS);
    ContentType type = field(json, "type", true, ApiParameters::type);
    LanguageTag language = field(json, "language", true, LanguageTag::new);
    if (!office.publishesIn(language)) {
      throw new InvalidFieldException(
          "language",
          "The office '"
              + office.code()
              + "' publishes in "
              + office.languages()
              + ", not "
              + language);
    }
    Slug slug = field(json, "slug", true, Slug::new);
    String title = field(json, "title", true, t -> new RevisionInput(t, "", "").title());
    String summary = field(json, "summary", false, s -> new RevisionInput(title, s, "").summary());
    String text = field(json, "body", false, Function.identity());
    JsonValue fields = json.get("fields");
    if (fields != null
        && fields.getValueType() != JsonValue.ValueType.NULL
        && !(fields instanceof JsonObject)) {
      throw new InvalidFieldException("fields", "The field 'fields' must be a JSON object");
    }
    try {
      return new NewItem(
          type,
          language,
          slug,
          RevisionInput.builder()
              .title(title)
              .summary(summary)
              .body(text)
              .fields(fields instanceof JsonObject object ? object : null)
              .build());
    } catch (org.meridian.content.fields.InvalidFieldsException refused) {
      var first = refused.errors().entrySet().iterator().next();
      throw new InvalidFieldException(first.getKey(), first.getValue());
    }
  }

  /**
   * A string field turned into a value; a missing or refused value becomes a 422 naming the field.
   * A field that is not required reads as {@code null} when absent.
   */
  static <T> T field(JsonObject json, String name, boolean required, Function<String, T> convert) {
    JsonValue value = json.get(name);
    String text;
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      if (required) {
        throw new InvalidFieldException(name, "The field '" + name + "' is required");
      }
      text = null;
    } else if (value instanceof JsonString string) {
      text = string.getString();
    } else {
      throw new InvalidFieldException(name, "The field '" + name + "' must be a string");
    }
    try {
      return convert.apply(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidFieldException(name, e.getMessage());
    }
  }
}
