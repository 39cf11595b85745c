package org.meridian.content;

/** What an editor saves: the fields of one revision. The body is rich text and gets sanitised. */
public record RevisionInput(String title, String summary, String body) {

  public RevisionInput {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("A title is required");
    }
    // Counted after stripping, like the summary: spaces a form adds must not make a title too long.
    title = title.strip();
    if (title.length() > 300) {
      throw new IllegalArgumentException("A title has at most 300 characters");
    }
    summary = summary == null ? "" : summary.strip();
    if (summary.length() > 1000) {
      throw new IllegalArgumentException("A summary has at most 1000 characters");
    }
    body = RichText.sanitize(body);
  }
}
