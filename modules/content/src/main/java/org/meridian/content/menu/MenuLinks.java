package org.meridian.content.menu;

import java.net.URI;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.RefusedArgumentException;

/**
 * Addresses a menu may lead to: a page of the site itself ({@code news}, relative to the site's
 * language root, so it works on a path prefix and on the office's own host), a path on this server
 * ({@code /hq/en/}) or an http(s) address elsewhere.
 */
final class MenuLinks {

  private static final java.util.regex.Pattern SITE_RELATIVE =
      java.util.regex.Pattern.compile("[a-z0-9]+(?:[-/][a-z0-9]+)*");

  private MenuLinks() {}

  static boolean isSiteRelative(String address) {
    return SITE_RELATIVE.matcher(address).matches();
  }

  static String requireAddress(String url) {
    String address = url.strip();
    if (isSiteRelative(address)) {
      return address;
    }
    try {
      URI uri = URI.create(address);
      boolean local =
          uri.getScheme() == null && address.startsWith("/") && !address.startsWith("//");
      boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
      if ((local || (web && uri.getHost() != null)) && address.length() <= 500) {
        return address;
      }
    } catch (IllegalArgumentException e) {
      // answered below
    }
    throw new RefusedArgumentException(
        Refusal.of(
            "menu.address_shape_0",
            "A menu address is a path such as /hq/en/who-we-are or an http(s) address: got '{0}'",
            url));
  }
}
