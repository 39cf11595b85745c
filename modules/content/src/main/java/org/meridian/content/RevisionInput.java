package org.meridian.content;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.meridian.content.fields.FieldError;
import org.meridian.content.fields.InvalidFieldsException;

/**
 * What an editor saves: the fields of one revision. The body is rich text and gets sanitised. The
 * type's own {@code fields} are checked against the item's type when the revision is saved ({@link
 * org.meridian.content.fields.TypeFields#validate}), since only the item knows its type.
 *
 * @throws InvalidFieldsException naming every refused field
 */
public record RevisionInput(
    String title, String summary, String body, CommonFields common, JsonObject fields)
    implements java.io.Serializable {

  public static final int TITLE_MAX = 300;
  public static final int SUMMARY_MAX = 1000;

  public RevisionInput {
    List<FieldError> problems = new ArrayList<>();
    if (title == null || title.isBlank()) {
      problems.add(new FieldError("title", "A title is required"));
      title = "";
    }
    // Counted after stripping, like the summary: spaces a form adds must not make a title too long.
    title = title.strip();
    if (title.length() > TITLE_MAX) {
      problems.add(new FieldError("title", "A title has at most " + TITLE_MAX + " characters"));
    }
    summary = summary == null ? "" : summary.strip();
    if (summary.length() > SUMMARY_MAX) {
      problems.add(
          new FieldError("summary", "A summary has at most " + SUMMARY_MAX + " characters"));
    }
    body = RichText.sanitize(body);
    common = common == null ? CommonFields.NONE : common;
    problems.addAll(common.problems());
    fields = fields == null ? JsonValue.EMPTY_JSON_OBJECT : fields;
    if (!problems.isEmpty()) {
      throw new InvalidFieldsException(problems);
    }
  }

  /**
   * Travels with a console session to another server (an editor's view holds the revision it shows)
   * with its type fields as JSON text: a parsed JSON object is not serialisable.
   */
  @java.io.Serial
  private Object writeReplace() {
    return new Stored(title, summary, body, common, fields.toString());
  }

  private record Stored(String title, String summary, String body, CommonFields common, String json)
      implements java.io.Serializable {
    @java.io.Serial
    private Object readResolve() {
      try (var reader =
          org.meridian.content.fields.Jsons.createReader(new java.io.StringReader(json))) {
        return new RevisionInput(title, summary, body, common, reader.readObject());
      }
    }
  }

  /** Title, summary and body only: no hero image, no type fields. */
  public RevisionInput(String title, String summary, String body) {
    this(title, summary, body, CommonFields.NONE, JsonValue.EMPTY_JSON_OBJECT);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Collects the fields one by one; {@link #build()} checks them all at once. */
  public static final class Builder {
    private String title;
    private String summary;
    private String body;
    private Long heroImageId;
    private String heroAlt;
    private boolean heroDecorative;
    private String seoDescription;
    private Long socialImageId;
    private JsonObject fields;

    private Builder() {}

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder summary(String summary) {
      this.summary = summary;
      return this;
    }

    public Builder body(String body) {
      this.body = body;
      return this;
    }

    public Builder heroImage(Long mediaId, String alt, boolean decorative) {
      this.heroImageId = mediaId;
      this.heroAlt = alt;
      this.heroDecorative = decorative;
      return this;
    }

    public Builder seoDescription(String seoDescription) {
      this.seoDescription = seoDescription;
      return this;
    }

    public Builder socialImage(Long mediaId) {
      this.socialImageId = mediaId;
      return this;
    }

    /** The type's own fields, as JSON (see {@link org.meridian.content.fields.TypeFields}). */
    public Builder fields(JsonObject fields) {
      this.fields = fields;
      return this;
    }

    public RevisionInput build() {
      return new RevisionInput(
          title,
          summary,
          body,
          new CommonFields(heroImageId, heroAlt, heroDecorative, seoDescription, socialImageId),
          fields);
    }
  }
}
