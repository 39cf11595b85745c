package org.meridian.content.media;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The public addresses of library files: {@code /media/{office}/{id}/{variant}/{file name}}, with
 * variant {@code original}, {@code w640} (a rendition's width), {@code h640} (the hero cut's) or
 * {@code s1200} (the social cut). A replaced file keeps its id but has its own file name and hash
 * ({@code ETag}), so its addresses are revalidated, never trusted for ever. Relative to the site's
 * root, they work on path-routed and host-routed sites alike.
 */
public final class MediaLinks {

  /** An address of the library, as it may appear in rich text. */
  public static final Pattern ADDRESS =
      Pattern.compile(
          "/media/([a-z][a-z0-9-]{1,39})/([0-9]{1,18})/(original|[whs][0-9]{1,4})/([a-z0-9-]{1,80}\\.[a-z]{3,4})");

  private static final Pattern IMG_SRC =
      Pattern.compile("<img\\b[^>]*\\bsrc=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

  private static final Pattern A_HREF =
      Pattern.compile("<a\\b[^>]*\\bhref=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

  private MediaLinks() {}

  /** The {@code href} of every {@code <a>} of (sanitised) rich text, in order. */
  public static List<String> linkTargets(String html) {
    return attributeValues(A_HREF, html);
  }

  /** The {@code src} of every {@code <img>} of (sanitised) rich text, in order. */
  public static List<String> imageSources(String html) {
    return attributeValues(IMG_SRC, html);
  }

  private static List<String> attributeValues(Pattern attribute, String html) {
    if (html == null) {
      return List.of();
    }
    List<String> values = new java.util.ArrayList<>();
    Matcher m = attribute.matcher(html);
    while (m.find()) {
      values.add(m.group(1).replace("&#61;", "=").replace("&amp;", "&"));
    }
    return values;
  }

  public static String original(String officeCode, long id, String fileName) {
    return variant(officeCode, id, MediaFile.ORIGINAL, fileName);
  }

  public static String rendition(String officeCode, long id, int width, String fileName) {
    return variant(officeCode, id, Rendition.variantOf(width), fileName);
  }

  public static String variant(String officeCode, long id, String variant, String fileName) {
    return "/media/" + officeCode + "/" + id + "/" + variant + "/" + fileName;
  }

  /** A {@code srcset} value listing an image's renditions and its original. */
  public static String srcset(
      String officeCode, long id, String fileName, List<Integer> widths, int originalWidth) {
    String renditions =
        widths.stream()
            .map(w -> rendition(officeCode, id, w, fileName) + " " + w + "w")
            .collect(Collectors.joining(", "));
    String original = original(officeCode, id, fileName) + " " + originalWidth + "w";
    return renditions.isEmpty() ? original : renditions + ", " + original;
  }

  /** A parsed library address. */
  public record Address(String officeCode, long id, String variant, String fileName) {}

  /** The parts of {@code path} when it is exactly a library address. */
  public static Optional<Address> parse(String path) {
    if (path == null) {
      return Optional.empty();
    }
    Matcher m = ADDRESS.matcher(path);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new Address(m.group(1), Long.parseLong(m.group(2)), m.group(3), m.group(4)));
  }
}
