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
    // Browsers drop tabs and newlines inside a scheme ("java\tscript:"); so does this check.
    String squeezed = trimmed.replaceAll("[\\p{Cntrl}\\s]", "").toLowerCase(Locale.ROOT);
    int colon = squeezed.indexOf(':');
    int slash = squeezed.indexOf('/');
    int query = squeezed.indexOf('?');
    int hash = squeezed.indexOf('#');
    boolean hasScheme =
        colon >= 0
            && (slash < 0 || colon < slash)
            && (query < 0 || colon < query)
            && (hash < 0 || colon < hash);
    if (!hasScheme) {
      return squeezed.startsWith("//") ? null : trimmed;
    }
    String scheme = squeezed.substring(0, colon);
    return switch (scheme) {
      case "http", "https", "mailto", "tel" -> trimmed;
      default -> null;
    };
  }
}
