package org.meridian.content.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.meridian.content.ContentService;
import org.meridian.content.Slug;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;

/**
 * The links of a rich-text body that point into an office's own site ({@code /{office}/…}), and
 * what each must lead to. The body is sanitised HTML, so attributes are double-quoted.
 */
public final class BodyLinks {

  private static final Pattern HREF = Pattern.compile("<a\\s[^>]*?href=\"([^\"]*)\"");

  /** Addresses below a language root that the site serves itself and need no item. */
  private static boolean isSitePage(String segment) {
    return ContentService.RESERVED_SLUGS.contains(segment)
        || segment.isEmpty()
        || segment.startsWith("feed.");
  }

  private BodyLinks() {}

  /** A link into the office's site: the language it names and the item slug it needs, if any. */
  public record Target(String href, String language, Optional<Slug> slug, boolean malformed) {}

  /** Every {@code href} of the body, in order, entities of the sanitiser undone. */
  public static List<String> hrefs(String body) {
    List<String> hrefs = new ArrayList<>();
    if (body == null) {
      return hrefs;
    }
    Matcher m = HREF.matcher(body);
    while (m.find()) {
      hrefs.add(unescape(m.group(1)));
    }
    return hrefs;
  }

  /**
   * The body's links into {@code office}'s own site ({@code /code/lang/…}); links to other sites,
   * other offices, the media library, or the office root, robots and sitemap are not among them.
   */
  public static List<Target> intoOffice(String body, OfficeCode office) {
    List<Target> targets = new ArrayList<>();
    for (String href : hrefs(body)) {
      target(href, office).ifPresent(targets::add);
    }
    return targets;
  }

  /**
   * Where {@code href} leads in {@code office}'s own site ({@code /code/lang/…}), or empty for an
   * address elsewhere (other sites and offices, the media library, the office root, robots and
   * sitemap).
   */
  public static Optional<Target> target(String href, OfficeCode office) {
    String prefix = "/" + office.value() + "/";
    if (href == null || !href.startsWith(prefix)) {
      return Optional.empty();
    }
    String path = href.substring(prefix.length());
    int end = firstOf(path, '?', '#');
    path = path.substring(0, end);
    if (path.isEmpty() || path.equals("sitemap.xml") || path.equals("robots.txt")) {
      return Optional.empty();
    }
    String[] segments = path.split("/", -1);
    String language = segments[0];
    if (segments.length == 1 || isSitePage(segments[1])) {
      return Optional.of(new Target(href, language, Optional.empty(), false));
    }
    String last = segments[segments.length - 1];
    Optional<Slug> slug = Slug.parse(last);
    return Optional.of(new Target(href, language, slug, slug.isEmpty()));
  }

  /** Whether {@code language} is one the office publishes in. */
  public static boolean known(String language, List<LanguageTag> languages) {
    return languages.stream().anyMatch(l -> l.value().equals(language));
  }

  private static int firstOf(String text, char a, char b) {
    int i = text.indexOf(a);
    int j = text.indexOf(b);
    if (i < 0) {
      return j < 0 ? text.length() : j;
    }
    return j < 0 ? i : Math.min(i, j);
  }

  private static String unescape(String attribute) {
    return attribute
        .replace("&#61;", "=")
        .replace("&#64;", "@")
        .replace("&#43;", "+")
        .replace("&#34;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }
}
