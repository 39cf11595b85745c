package org.meridian.site.mirror;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites one rendered file of a site for its mirror at {@code root} (the base address, without a
 * final slash), and collects the site's addresses it links to, which the mirror then renders too.
 * Pure logic (docs/mirror.md).
 *
 * <ul>
 *   <li>in HTML, {@code href}, {@code src}, {@code srcset} and {@code action} values that are paths
 *       from the site's root become links relative to the file ({@code ../news/page/2/});
 *   <li>everywhere (HTML, feeds, the sitemap, JSON-LD), absolute addresses below {@code root}
 *       become the address of their file at {@code root} ({@code https://base/en/about-us/});
 *   <li>the news filters (a form the server answers) are left out: a static server cannot filter.
 * </ul>
 */
public final class MirrorRewriter {

  private static final Pattern ATTRIBUTE =
      Pattern.compile("(\\s(?:href|src|srcset|action)=\")([^\"]*)(\")");
  private static final Pattern FILTERS =
      Pattern.compile("<form class=\"filters\".*?</form>\\s*", Pattern.DOTALL);

  private final String root;
  private final MirrorAddresses addresses;
  private final Pattern absolute;

  public MirrorRewriter(String root, MirrorAddresses addresses) {
    this.root = root;
    this.addresses = addresses;
    this.absolute =
        Pattern.compile(Pattern.quote(root) + "(?![A-Za-z0-9.:_-])(/[^\\s\"'<>\\\\]*)?");
  }

  /** A rewritten file and the site's addresses (paths from its root) it links to. */
  public record Result(String text, Set<String> found) {}

  /** An HTML page at {@code file} of the mirror. */
  public Result html(String file, String html) {
    Set<String> found = new LinkedHashSet<>();
    String withoutFilters = FILTERS.matcher(html).replaceAll("");
    Matcher m = ATTRIBUTE.matcher(withoutFilters);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value = m.group(2);
      String rewritten =
          name.contains("srcset") ? srcset(file, value, found) : link(file, value, found);
      m.appendReplacement(out, Matcher.quoteReplacement(name + rewritten + m.group(3)));
    }
    m.appendTail(out);
    return new Result(absolutes(out.toString(), found), found);
  }

  /** A feed, the sitemap or robots.txt: only absolute addresses. */
  public Result text(String text) {
    Set<String> found = new LinkedHashSet<>();
    return new Result(absolutes(text, found), found);
  }

  private String srcset(String file, String value, Set<String> found) {
    StringBuilder out = new StringBuilder();
    for (String candidate : value.split(",")) {
      String trimmed = candidate.strip();
      int space = trimmed.indexOf(' ');
      String url = space < 0 ? trimmed : trimmed.substring(0, space);
      String width = space < 0 ? "" : trimmed.substring(space);
      if (!out.isEmpty()) {
        out.append(", ");
      }
      out.append(link(file, url, found)).append(width);
    }
    return out.toString();
  }

  private String link(String file, String escaped, Set<String> found) {
    if (!escaped.startsWith("/") || escaped.startsWith("//")) {
      return escaped;
    }
    String address = escaped.replace("&amp;", "&");
    Optional<String> target = addresses.file(address);
    if (target.isEmpty()) {
      return escaped;
    }
    found.add(address);
    int hash = address.indexOf('#');
    return MirrorAddresses.relative(
        file, target.get(), hash < 0 ? null : address.substring(hash + 1));
  }

  private String absolutes(String text, Set<String> found) {
    Matcher m = absolute.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String rest = m.group(1) == null ? "/" : m.group(1).replace("&amp;", "&");
      int hash = rest.indexOf('#');
      Optional<String> target = addresses.file(rest);
      String replaced = m.group();
      if (target.isPresent()) {
        found.add(rest);
        replaced =
            root
                + "/"
                + MirrorAddresses.linkPath(target.get())
                + (hash < 0 ? "" : rest.substring(hash));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replaced));
    }
    m.appendTail(out);
    return out.toString();
  }
}
