package org.meridian.api;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import org.meridian.content.CommonFields;
import org.meridian.content.ContentType;
import org.meridian.content.RevisionInput;
import org.meridian.content.fields.InvalidFieldsException;
import org.meridian.content.fields.TypeFields;

/**
 * A change to an item's text, as {@code PATCH} (RFC 7396 JSON Merge Patch) or {@code PUT} send it:
 * {@code {"basedOnRevision", "title", "summary", "body", "fields", "heroImage", "seoDescription",
 * "socialImage"}}, every member optional ({@link CommonFieldsPatch} for the last three). <b>A
 * member not sent is never changed</b>: the new revision keeps the latest revision's value. {@code
 * null} clears {@code summary} or {@code body} (a title is required, so {@code "title": null} is
 * refused). {@code fields}, the type's own fields, is merged member by member for {@code PATCH}
 * ({@code null} removes a member) and replaced as a whole for {@code PUT}.
 *
 * @param basedOnRevision the revision the client read, or {@code null} when not sent
 * @param patch the members to apply, {@code basedOnRevision} left out
 * @param replaceFields {@code PUT}: a sent {@code fields} replaces the type fields as a whole
 */
record RevisionPatch(Integer basedOnRevision, JsonObject patch, boolean replaceFields) {

  static final List<String> MEMBERS =
      List.of(
          "basedOnRevision",
          "title",
          "summary",
          "body",
          "fields",
          "heroImage",
          "seoDescription",
          "socialImage");

  private static final String SHAPE =
      "{\"basedOnRevision\", \"title\", \"summary\", \"body\", \"fields\", \"heroImage\","
          + " \"seoDescription\", \"socialImage\"}";

  /** Reads a body: 400 when it is not a JSON object, 422 listing every bad member. */
  static RevisionPatch parse(String body, boolean replaceFields) {
    BodyProblems problems = new BodyProblems();
    JsonObject json = JsonBody.object(body, SHAPE, MEMBERS, problems);
    Integer base = null;
    JsonValue baseValue = json.get("basedOnRevision");
    if (baseValue != null && baseValue != JsonValue.NULL) {
      if (baseValue instanceof JsonNumber number
          && number.isIntegral()
          && number.longValue() >= 1
          && number.longValue() <= Integer.MAX_VALUE) {
        base = number.intValue();
      } else {
        problems.add(
            "basedOnRevision",
            FieldProblem.WRONG_TYPE,
            "The field 'basedOnRevision' must be a revision number (1, 2, …)");
      }
    }
    JsonValue title = json.get("title");
    if (title == JsonValue.NULL) {
      problems.add(
          "title", FieldProblem.REQUIRED, "The field 'title' is required: it cannot be null");
    }
    for (String text : List.of("title", "summary", "body")) {
      JsonValue value = json.get(text);
      if (value != null && value != JsonValue.NULL && !(value instanceof JsonString)) {
        problems.add(text, FieldProblem.WRONG_TYPE, "The field '" + text + "' must be a string");
      }
    }
    JsonValue fields = json.get("fields");
    if (fields != null && fields != JsonValue.NULL && !(fields instanceof JsonObject)) {
      problems.add("fields", FieldProblem.WRONG_TYPE, "The field 'fields' must be a JSON object");
    }
    CommonFieldsPatch.check(json, problems);
    problems.throwIfAny();
    JsonObject patch = Json.createObjectBuilder(json).remove("basedOnRevision").build();
    return new RevisionPatch(base, patch, replaceFields);
  }

  /** Whether the client sent nothing to change. */
  boolean isEmpty() {
    return patch.isEmpty();
  }

  /**
   * The new revision: the latest's title, summary, body, type fields and common fields (hero image,
   * search description, social image) with the patch applied. Every refused value is listed (422);
   * nothing is written.
   */
  RevisionInput applyTo(ContentType type, RevisionInput latest, TypeFields latestFields) {
    var target =
        Json.createObjectBuilder()
            .add("title", latest.title())
            .add("summary", latest.summary())
            .add("body", latest.body());
    if (!(replaceFields && patch.containsKey("fields"))) {
      target.add("fields", latestFields.json());
    }
    JsonObject merged = Json.createMergePatch(patch).apply(target.build()).asJsonObject();
    JsonObject fields = merged.containsKey("fields") ? merged.getJsonObject("fields") : null;
    BodyProblems problems = new BodyProblems();
    if (fields != null) {
      try {
        TypeFields.validate(type, fields);
      } catch (InvalidFieldsException refused) {
        problems.addAll(refused, "fields.");
      }
    }
    RevisionInput input = null;
    try {
      input =
          new RevisionInput(
              merged.getString("title", null),
              merged.getString("summary", ""),
              merged.getString("body", ""),
              CommonFieldsPatch.apply(
                  patch, latest.common() == null ? CommonFields.NONE : latest.common()),
              fields);
    } catch (InvalidFieldsException refused) {
      problems.addAll(refused, "");
    }
    problems.throwIfAny();
    return input;
  }
}
