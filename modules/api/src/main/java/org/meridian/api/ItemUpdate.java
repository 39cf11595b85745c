package org.meridian.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.function.Function;
import org.meridian.content.RevisionInput;

/**
 * The body of {@code PUT /offices/{code}/items/{id}}: a new revision, saved on top of the revision
 * the client read: {@code {"basedOnRevision", "title", "summary", "body"}}. Every refusal names its
 * field.
 */
record ItemUpdate(int basedOnRevision, RevisionInput input) {

  private static final List<String> FIELDS = List.of("basedOnRevision", "title", "summary", "body");

  /** Reads a JSON body: 400 when it is not a JSON object, 422 naming the first bad field. */
  static ItemUpdate parse(String body) {
    JsonObject json =
        JsonBody.object(body, "{\"basedOnRevision\", \"title\", \"summary\", \"body\"}", FIELDS);
    JsonValue base = json.get("basedOnRevision");
    if (base == null || base.getValueType() == JsonValue.ValueType.NULL) {
      throw new InvalidFieldException(
          "basedOnRevision",
          "The field 'basedOnRevision' is required: the revision number your text started from"
              + " (the item's 'revision' when you read it), so that nobody's newer work is"
              + " overwritten");
    }
    if (!(base instanceof JsonNumber number) || !number.isIntegral() || number.intValue() < 1) {
      throw new InvalidFieldException(
          "basedOnRevision", "The field 'basedOnRevision' must be a revision number (1, 2, …)");
    }
    String title = NewItem.field(json, "title", true, t -> new RevisionInput(t, "", "").title());
    String summary =
        NewItem.field(json, "summary", false, s -> new RevisionInput(title, s, "").summary());
    String text = NewItem.field(json, "body", false, Function.identity());
    return new ItemUpdate(number.intValue(), new RevisionInput(title, summary, text));
  }
}
