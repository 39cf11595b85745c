package org.meridian.site.view;

import java.util.Locale;

/**
 * Which addresses a page may link to: the site's own paths, {@code http(s)}, {@code mailto} and
 * {@code tel}. Anything else ({@code javascript:}, {@code data:}, {@code vbscript:} in any case or
 * disguise) is no link at all. Templates escape what they are given; this keeps a well-escaped
 * {@code javascript:} address from running when followed.
 */
public final class Links {

  private Links() {}

  /** {@code href} when a page may link to it, else {@code null}. */
  public static String safe(String href) {
    if (href == null) {
      return null;
    }
    String trimmed = href.strip();
    if (trimmed.isEmpty()) {
      return null;
    }
    // Browsers drop tabs and newlines inside a scheme ("java\tscript:"); so does this check. Only
    // what comes before the first ':', '/', '?' or '#' matters, read once without a regular
    // expression: every address a page writes passes here.
    StringBuilder squeezed = new StringBuilder(16);
    char stop = 0;
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (c <= ' ' || c == '\u007f') {
        continue;
      }
      if (c == ':' || c == '/' || c == '?' || c == '#') {
        stop = c;
        break;
      }
      squeezed.append(c);
    }
    if (stop != ':') {
      return stop == '/' && squeezed.isEmpty() && startsWithTwoSlashes(trimmed) ? null : trimmed;
    }
    return switch (squeezed.toString().toLowerCase(Locale.ROOT)) {
      case "http", "https", "mailto", "tel" -> trimmed;
      default -> null;
    };
  }

  /** Whether the first two characters that are not controls or spaces are slashes. */
  private static boolean startsWithTwoSlashes(String text) {
    int slashes = 0;
    for (int i = 0; i < text.length() && slashes < 2; i++) {
      char c = text.charAt(i);
      if (c <= ' ' || c == '\u007f') {
        continue;
      }
      if (c != '/') {
        return false;
      }
      slashes++;
    }
    return slashes == 2;
  }
}
