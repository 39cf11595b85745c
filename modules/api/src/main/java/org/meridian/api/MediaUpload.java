package org.meridian.api;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.meridian.content.media.MediaDetails;
import org.meridian.content.media.MediaLimits;

/**
 * The form of {@code POST /offices/{code}/media} ({@code multipart/form-data}): {@code file} (the
 * file, required), {@code title}, {@code altText}, {@code decorative} ({@code true} or {@code
 * false}), {@code caption}, {@code credit}. Every part that is not one of these, and every part
 * sent twice, is listed at once (422); the file is read no further than the library's largest size
 * plus one byte, and the library ({@link org.meridian.content.media.MediaLibrary#upload}) judges it
 * as it judges the console's uploads: its kind by its content, its size, its pixels.
 *
 * @param file the file, with its submitted name
 */
public record MediaUpload(
    String file, String title, String altText, Boolean decorative, String caption, String credit) {

  static final List<String> PARTS =
      List.of("file", "title", "altText", "decorative", "caption", "credit");

  /** The file's name and bytes, read within the limits. */
  record File(String name, byte[] bytes) {}

  /** What the parts say, and the file. */
  record Form(File file, MediaDetails details) {}

  static Form read(List<EntityPart> parts, MediaLimits limits) {
    BodyProblems problems = new BodyProblems();
    java.util.Set<String> seen = new java.util.HashSet<>();
    File file = null;
    String title = null;
    String altText = null;
    boolean decorative = false;
    String caption = null;
    String credit = null;
    for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
      String name = part.getName();
      if (!PARTS.contains(name)) {
        problems.add(
            name,
            FieldProblem.UNKNOWN_FIELD,
            "Unknown part '" + name + "': the parts are " + PARTS);
        continue;
      }
      if (!seen.add(name)) {
        problems.add(name, FieldProblem.INVALID, "The part '" + name + "' is sent once");
        continue;
      }
      switch (name) {
        case "file" -> file = file(part, limits);
        case "title" -> title = text(part);
        case "altText" -> altText = text(part);
        case "caption" -> caption = text(part);
        case "credit" -> credit = text(part);
        case "decorative" -> {
          String value = text(part).strip().toLowerCase(Locale.ROOT);
          if (!value.equals("true") && !value.equals("false")) {
            problems.add("decorative", FieldProblem.WRONG_TYPE, "'decorative' is true or false");
          }
          decorative = value.equals("true");
        }
        default -> throw new IllegalStateException(name);
      }
    }
    if (file == null && !seen.contains("file")) {
      problems.add("file", FieldProblem.REQUIRED, "The part 'file' is required: the file itself");
    }
    MediaDetails details = null;
    try {
      details = new MediaDetails(title, altText, decorative, caption, credit);
    } catch (org.meridian.content.media.MediaRefusedException refused) {
      problems.add(refused.field() == null ? "file" : refused.field(), refused);
    }
    problems.throwIfAny();
    return new Form(file, details);
  }

  private static File file(EntityPart part, MediaLimits limits) {
    String name = part.getFileName().orElse("");
    try (InputStream in = part.getContent()) {
      // One byte more than the library takes: the library then refuses it as too large.
      return new File(
          name, in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1)));
    } catch (IOException e) {
      throw new MalformedBodyException("The file could not be read: " + e.getMessage());
    }
  }

  private static String text(EntityPart part) {
    try {
      return part.getContent(String.class);
    } catch (IOException e) {
      throw new MalformedBodyException("The part '" + part.getName() + "' could not be read");
    }
  }
}
