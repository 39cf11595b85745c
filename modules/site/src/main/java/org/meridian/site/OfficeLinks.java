package org.meridian.site;

import java.util.Map;

/**
 * How one office's site writes links to paths of this server, as the request sees it: {@code
 * ownHost} when it is served on the office's own host name (its pages have no {@code /gambia}
 * prefix there), and {@code roots}, the address of every office of the network by code: its own
 * address ({@code https://gambia.example.org}) when it has a host name, else its prefix on the
 * network's address ({@code https://www.example.org/gambia}). Pure logic; see {@link SiteAddress}.
 *
 * <ul>
 *   <li>{@code /gambia/en/x} on Gambia's own host is {@code /en/x}; under the prefix it stays;
 *   <li>{@code /hq/en/} goes to HQ's own address when HQ has one, else it stays under the prefix
 *       and becomes {@code https://www.example.org/hq/en/} on an own host (where a path would be
 *       read as one of the office's own pages);
 *   <li>anything else (a path below the office's language root, {@code /media/…}, another site's
 *       address) stays as written.
 * </ul>
 */
record OfficeLinks(
    String office, boolean ownHost, String networkUrl, Map<String, String> roots, String here) {

  /**
   * {@code roots} names every office's root as other sites link to it, {@code here} the root of
   * {@code office}'s site as this request sees it (its own host's address on its own host).
   */
  OfficeLinks {
    roots = Map.copyOf(roots);
  }

  /** The links of {@code office}'s site seen at its root in {@code roots}. */
  OfficeLinks(String office, boolean ownHost, String networkUrl, Map<String, String> roots) {
    this(office, ownHost, networkUrl, roots, roots.get(office));
  }

  /** {@code href} as a page of this request links it. */
  String href(String href) {
    if (href == null || !href.startsWith("/") || href.startsWith("//")) {
      return href;
    }
    int end = 1;
    while (end < href.length() && "/?#".indexOf(href.charAt(end)) < 0) {
      end++;
    }
    String code = href.substring(1, end);
    String root = code.equals(office) ? here : roots.get(code);
    if (root == null) {
      return href;
    }
    String rest = href.substring(end);
    if (!rest.startsWith("/")) {
      rest = "/" + rest;
    }
    if (code.equals(office)) {
      return ownHost ? rest : href;
    }
    boolean underNetwork = root.equals(networkUrl + "/" + code);
    return underNetwork && !ownHost ? href : root + rest;
  }

  /**
   * The absolute address of a path of this server ({@code /hq/en/x}), e.g. for a canonical link.
   */
  String absolute(String path) {
    String href = href(path);
    if (!href.startsWith("/") || href.startsWith("//")) {
      return href;
    }
    return (ownHost ? here : networkUrl) + href;
  }
}
