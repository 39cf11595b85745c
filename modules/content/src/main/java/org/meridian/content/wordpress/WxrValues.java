package org.meridian.content.wordpress;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import org.meridian.content.ContentService;
import org.meridian.content.Slug;

/**
 * WordPress' values as an office archive keeps them: addresses' paths, slugs, file names, dates,
 * summaries and paragraphs. Each is read leniently: a value WordPress wrote oddly gets a fallback,
 * never a failure.
 */
final class WxrValues {

  private static final DateTimeFormatter WP_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private WxrValues() {}

  /** The path of an address, without slashes at either end; empty when it is not an address. */
  static String pathOf(String url) {
    try {
      URI uri = URI.create(url.strip().replace(" ", "%20"));
      String path =
          uri.getRawPath() == null
              ? ""
              : URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8);
      return path.replaceAll("^/+|/+$", "");
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /**
   * Where an upload's file is below the uploads folder: the path after {@code wp-content/uploads/}.
   */
  static String uploadsPath(String url) {
    String path = pathOf(url);
    int at = path.indexOf("wp-content/uploads/");
    return at >= 0
        ? path.substring(at + "wp-content/uploads/".length())
        : path.substring(path.lastIndexOf('/') + 1);
  }

  /** The item's slug: WordPress' own (decoded), valid and not one the site keeps for itself. */
  static String slug(WxrItem item) {
    String wanted = URLDecoder.decode(item.slug.replace("+", "%2B"), StandardCharsets.UTF_8);
    Slug slug =
        Slug.parse(wanted)
            .orElseGet(
                () ->
                    Slug.fromTitle(
                        wanted.isBlank()
                            ? (item.title.isBlank() ? "item-" + item.id : item.title)
                            : wanted));
    if (ContentService.RESERVED_SLUGS.contains(slug.value())) {
      slug = Slug.fromTitle(slug.value() + "-" + item.type);
    }
    return slug.value();
  }

  /** A date WordPress wrote in GMT; {@code null} for none ({@code 0000-00-00 …}) or a bad one. */
  static Instant date(String gmt) {
    try {
      return gmt.isBlank() || gmt.startsWith("0000")
          ? null
          : LocalDateTime.parse(gmt, WP_DATE).toInstant(ZoneOffset.UTC);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** An excerpt as a summary: plain text, at most 1,000 characters. */
  static String summary(String excerpt) {
    String text = excerpt.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
    return text.length() > 1000 ? text.substring(0, 999) + "…" : text;
  }

  /**
   * WordPress keeps classic-editor posts as text with blank lines between paragraphs (its {@code
   * wpautop} adds the paragraphs when it shows them): do the same when the text has none.
   */
  static String paragraphs(String content) {
    if (content.isBlank()
        || content.matches("(?s).*<(p|div|h[1-6]|ul|ol|table|figure|blockquote)[\\s>].*")) {
      return content;
    }
    StringBuilder out = new StringBuilder();
    for (String para : content.strip().split("\\n\\s*\\n")) {
      out.append("<p>").append(para.strip().replace("\n", "<br>")).append("</p>");
    }
    return out.toString();
  }

  /** An uploaded file's name as a library file's: plain letters, digits and dashes. */
  static String safeName(String name) {
    String decoded = URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8);
    int dot = decoded.lastIndexOf('.');
    String base = dot > 0 ? decoded.substring(0, dot) : decoded;
    String ext = dot > 0 ? decoded.substring(dot + 1).toLowerCase(Locale.ROOT) : "bin";
    String plain =
        Normalizer.normalize(base, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    if (plain.length() > 80) {
      plain = plain.substring(0, 80).replaceAll("-+$", "");
    }
    if (!ext.matches("[a-z]{3,4}")) {
      ext = "bin";
    }
    return (plain.isEmpty() ? "file" : plain) + "." + ext;
  }

  /** A number WordPress kept as text (a meta value); 0 for none or a bad one. */
  static long number(String value) {
    try {
      return value == null ? 0 : Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
