package org.meridian.site.mirror;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where each address of a site lands in its static mirror, and how one file of the mirror links
 * another (docs/mirror.md). Pure logic.
 *
 * <ul>
 *   <li>a page is a folder with an {@code index.html}: {@code /en/about-us} is {@code
 *       en/about-us/index.html}, linked as {@code …/about-us/}, so any static server finds it;
 *   <li>a list's page and other query parameters become folders: {@code /en/news?page=2} is {@code
 *       en/news/page/2/index.html} (a static server ignores queries);
 *   <li>a file (its last segment has a dot: {@code /sitemap.xml}, {@code /en/feed.rss}, {@code
 *       /_assets/site.3f9a….css}, {@code /media/gambia/12/w640/photo.jpg}) keeps its path;
 *   <li>the logo ({@code /logo?v=…}) is {@code logo.png} (or {@code .jpg}, {@code .gif}).
 * </ul>
 *
 * Links between files of the mirror are relative, so the mirror works at any base address (and from
 * a folder); absolute addresses (canonical links, feeds, the sitemap) are the base's.
 */
public final class MirrorAddresses {

  private final String logoFile;

  /** With the office's logo written as {@code logoFile} ({@code logo.png}). */
  public MirrorAddresses(String logoFile) {
    this.logoFile = logoFile;
  }

  /** The logo's file name for its media type. */
  public static String logoFile(String mediaType) {
    return switch (mediaType) {
      case "image/jpeg" -> "logo.jpg";
      case "image/gif" -> "logo.gif";
      default -> "logo.png";
    };
  }

  /**
   * The file of {@code address} (a path from the site's root with its query, HTML entities already
   * decoded), or empty for what is not an address of the site ({@code //host}, a bare query).
   */
  public Optional<String> file(String address) {
    if (!address.startsWith("/") || address.startsWith("//")) {
      return Optional.empty();
    }
    int hash = address.indexOf('#');
    String noFragment = hash < 0 ? address : address.substring(0, hash);
    int q = noFragment.indexOf('?');
    String path = q < 0 ? noFragment : noFragment.substring(0, q);
    String query = q < 0 ? "" : noFragment.substring(q + 1);
    if (path.equals("/logo")) {
      return Optional.of(logoFile);
    }
    String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    if (decoded.contains("/../") || decoded.endsWith("/..") || decoded.contains("\\")) {
      return Optional.empty();
    }
    String last = decoded.substring(decoded.lastIndexOf('/') + 1);
    if (last.contains(".")) {
      return Optional.of(decoded.substring(1));
    }
    StringBuilder folder = new StringBuilder(decoded.substring(1));
    if (folder.length() > 0 && folder.charAt(folder.length() - 1) != '/') {
      folder.append('/');
    }
    String page = null;
    List<String[]> others = new ArrayList<>();
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name =
          URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      if (name.equals("page")) {
        page = value;
      } else if (!value.isEmpty()) {
        others.add(new String[] {name, value});
      }
    }
    others.sort(java.util.Comparator.comparing((String[] p) -> p[0]));
    for (String[] p : others) {
      folder.append(safe(p[0])).append('/').append(safe(p[1])).append('/');
    }
    if (page != null && !page.equals("1")) {
      folder.append("page/").append(safe(page)).append('/');
    }
    return Optional.of(folder + "index.html");
  }

  /** A query value as a folder name: letters, digits, {@code -}, {@code _} and {@code .} only. */
  private static String safe(String value) {
    StringBuilder safe = new StringBuilder();
    for (char c : value.toCharArray()) {
      safe.append(Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_' ? c : '_');
    }
    return safe.isEmpty() ? "_" : safe.toString();
  }

  /**
   * The address of {@code file} below the mirror's root as a link ends: a page's folder with its
   * final slash ({@code en/about-us/}), the root as the empty string, a file as it is.
   */
  public static String linkPath(String file) {
    return file.equals("index.html")
        ? ""
        : file.endsWith("/index.html")
            ? file.substring(0, file.length() - "index.html".length())
            : file;
  }

  /** The relative link from the file {@code from} to the file {@code to}, with {@code fragment}. */
  public static String relative(String from, String to, String fragment) {
    String[] here = from.split("/");
    String target = linkPath(to);
    String[] there = target.isEmpty() ? new String[0] : target.split("/");
    // here's last part is the file itself: only its folders count
    int common = 0;
    while (common < here.length - 1
        && common < there.length
        && here[common].equals(there[common])
        && (common < there.length - 1 || target.endsWith("/"))) {
      common++;
    }
    StringBuilder link = new StringBuilder();
    for (int i = common; i < here.length - 1; i++) {
      link.append("../");
    }
    for (int i = common; i < there.length; i++) {
      link.append(there[i]);
      if (i < there.length - 1 || target.endsWith("/")) {
        link.append('/');
      }
    }
    String result = link.isEmpty() ? "./" : link.toString();
    return fragment == null || fragment.isEmpty() ? result : result + "#" + fragment;
  }
}
