package org.meridian.content.media;

import org.meridian.tenancy.Refusal;

/**
 * What an editor says about an asset. Images need alt text unless they are marked decorative (then
 * they get an empty {@code alt}, and screen readers skip them).
 */
public record MediaDetails(
    String title, String altText, boolean decorative, String caption, String credit)
    implements java.io.Serializable {

  public static final int MAX_TITLE = 300;
  public static final int MAX_ALT = 500;
  public static final int MAX_CAPTION = 1000;
  public static final int MAX_CREDIT = 300;

  public MediaDetails {
    title = strip(title);
    altText = decorative ? "" : strip(altText);
    caption = strip(caption);
    credit = strip(credit);
    requireAtMost("title", "title", title, MAX_TITLE);
    requireAtMost("altText", "alt text", altText, MAX_ALT);
    requireAtMost("caption", "caption", caption, MAX_CAPTION);
    requireAtMost("credit", "credit", credit, MAX_CREDIT);
  }

  /** Refuses image details without alt text (unless decorative); documents need none. */
  public MediaDetails checkedFor(MediaKind kind, String fileName) {
    if (kind == MediaKind.IMAGE && !decorative && altText.isEmpty()) {
      throw new MediaRefusedException(
          "altText",
          Refusal.of(
              "media.alt_text_needed",
              "Describe the image in its alt text, or mark it as decorative"));
    }
    return title.isEmpty() ? withTitle(fileName) : this;
  }

  private MediaDetails withTitle(String fileName) {
    String base =
        fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
    return new MediaDetails(base.replace('-', ' '), altText, decorative, caption, credit);
  }

  private static Refusal tooLong(String field, String name, int max) {
    return switch (field) {
      case "title" ->
          Refusal.of("media.title_too_long_0", "The title has at most {0} characters", max);
      case "altText" ->
          Refusal.of("media.alt_text_too_long_0", "The alt text has at most {0} characters", max);
      case "caption" ->
          Refusal.of("media.caption_too_long_0", "The caption has at most {0} characters", max);
      case "credit" ->
          Refusal.of("media.credit_too_long_0", "The credit has at most {0} characters", max);
      default ->
          throw new IllegalArgumentException("No such media detail: " + field + " (" + name + ")");
    };
  }

  private static String strip(String text) {
    return text == null ? "" : text.strip();
  }

  private static void requireAtMost(String field, String name, String value, int max) {
    if (value.length() > max) {
      throw new MediaRefusedException(field, tooLong(field, name, max));
    }
  }
}
