package org.meridian.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.function.Function;
import org.meridian.content.ContentType;
import org.meridian.content.RevisionInput;
import org.meridian.content.Slug;
import org.meridian.content.fields.InvalidFieldsException;
import org.meridian.content.fields.TypeFields;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeRef;

/**
 * The body of {@code POST /offices/{code}/items}, read field by field so that the answer lists
 * every refused field: {@code {"type", "language", "slug", "title", "summary", "body", "fields"}},
 * where {@code fields} is an object with the type's own fields (see docs/content.md). The domain
 * objects check the values; this class only says which fields they refused.
 */
record NewItem(ContentType type, LanguageTag language, Slug slug, RevisionInput input) {

  static final List<String> FIELDS =
      List.of("type", "language", "slug", "title", "summary", "body", "fields");

  /** Reads a JSON body: 400 when it is not a JSON object, 422 listing every bad field. */
  static NewItem parse(String body, OfficeRef office) {
    BodyProblems problems = new BodyProblems();
    JsonObject json =
        JsonBody.object(body, "{\"type\", \"language\", \"slug\", \"title\", …}", FIELDS, problems);
    ContentType type = JsonBody.field(json, "type", true, ApiParameters::type, problems);
    LanguageTag language = JsonBody.field(json, "language", true, LanguageTag::new, problems);
    if (language != null && !office.publishesIn(language)) {
      problems.add(
          "language",
          "api.language_not_published",
          "The office '"
              + office.code()
              + "' publishes in "
              + office.languages()
              + ", not "
              + language);
    }
    Slug slug = JsonBody.field(json, "slug", true, Slug::new, problems);
    String title = JsonBody.field(json, "title", true, Function.identity(), problems);
    String summary = JsonBody.field(json, "summary", false, Function.identity(), problems);
    String text = JsonBody.field(json, "body", false, Function.identity(), problems);
    JsonValue fields = json.get("fields");
    if (fields != null
        && fields.getValueType() != JsonValue.ValueType.NULL
        && !(fields instanceof JsonObject)) {
      problems.add("fields", FieldProblem.WRONG_TYPE, "The field 'fields' must be a JSON object");
    }
    JsonObject typeFields = fields instanceof JsonObject object ? object : null;
    if (type != null && typeFields != null) {
      try {
        TypeFields.validate(type, typeFields);
      } catch (InvalidFieldsException refused) {
        problems.addAll(refused, "fields.");
      }
    }
    RevisionInput input = null;
    try {
      input =
          RevisionInput.builder()
              .title(title == null ? "-" : title)
              .summary(summary)
              .body(text)
              .fields(typeFields)
              .build();
    } catch (InvalidFieldsException refused) {
      problems.addAll(refused, "");
    }
    problems.throwIfAny();
    return new NewItem(type, language, slug, input);
  }
}
