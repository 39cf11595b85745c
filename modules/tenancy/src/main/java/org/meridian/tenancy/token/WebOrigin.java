package org.meridian.tenancy.token;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.RefusedArgumentException;

/**
 * A web origin allowed to read an office's API from a browser (CORS): {@code https://host} or
 * {@code http://host:port}, lower case, with no path, query or wildcard. A browser's {@code Origin}
 * header is compared with it exactly.
 */
public record WebOrigin(String value) implements java.io.Serializable {

  public WebOrigin {
    value = normal(value);
  }

  private static String normal(String text) {
    String given = text == null ? "" : text.strip();
    if (given.contains("*")) {
      throw refused("tokens.origin_no_wildcard_0", given);
    }
    URI uri;
    try {
      uri = new URI(given.endsWith("/") ? given.substring(0, given.length() - 1) : given);
    } catch (URISyntaxException e) {
      throw refused("tokens.origin_invalid_0", given);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("https") || scheme.equals("http"))
        || uri.getHost() == null
        || uri.getUserInfo() != null
        || (uri.getRawPath() != null && !uri.getRawPath().isEmpty())
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null) {
      throw refused("tokens.origin_invalid_0", given);
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    boolean defaultPort =
        port == -1
            || (scheme.equals("https") && port == 443)
            || (scheme.equals("http") && port == 80);
    return scheme + "://" + host + (defaultPort ? "" : ":" + port);
  }

  private static RefusedArgumentException refused(String code, String given) {
    return new RefusedArgumentException(
        Refusal.of(
            code,
            code.endsWith("wildcard_0")
                ? "'{0}': name each site that may read the API; a wildcard is not accepted"
                : "'{0}' is not a web origin: write it as https://news.example.org (no path)",
            given));
  }

  /** Whether a browser's {@code Origin} header names this origin. */
  public boolean matches(String header) {
    if (header == null) {
      return false;
    }
    try {
      return value.equals(normal(header));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
