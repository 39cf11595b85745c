package org.meridian.content;

import java.util.regex.Pattern;
import org.meridian.content.media.MediaLinks;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Rich text is cleaned on the way in with an allow-list: editors keep headings, lists, links,
 * tables and quotes; scripts, styles, event handlers and foreign frames never reach the database.
 * Images are kept only when they come from the media library ({@code src} is a relative {@code
 * /media/...} address, see {@link MediaLinks}): no external images, which would track readers and
 * break when their host goes away. Embedded players ({@code <iframe>}) survive only with an https
 * address of an allowed host's embed page ({@link #EMBED_SOURCE}) and only the attributes src,
 * title, width, height and allowfullscreen; an iframe without such an address is dropped.
 */
public final class RichText {

  /** YouTube's (privacy-enhanced or not) embed pages and Vimeo's player, over https only. */
  static final Pattern EMBED_SOURCE =
      Pattern.compile(
          "https://(?:www\\.youtube-nocookie\\.com|www\\.youtube\\.com)/embed/[A-Za-z0-9_-]{1,64}"
              + "(?:\\?[A-Za-z0-9_=&.-]{0,200})?"
              + "|https://player\\.vimeo\\.com/video/[0-9]{1,20}(?:\\?[A-Za-z0-9_=&.-]{0,200})?");

  private static final Pattern SIZE = Pattern.compile("[0-9]{1,4}%?");

  private static final PolicyFactory EMBEDS =
      new HtmlPolicyBuilder()
          .allowUrlProtocols("https")
          .allowAttributes("src")
          .matching(EMBED_SOURCE)
          .onElements("iframe")
          .allowAttributes("title")
          .onElements("iframe")
          .allowAttributes("width", "height")
          .matching(SIZE)
          .onElements("iframe")
          .allowAttributes("allowfullscreen")
          .matching(Pattern.compile("|allowfullscreen|true", Pattern.CASE_INSENSITIVE))
          .onElements("iframe")
          // An iframe whose address was refused is dropped, not kept empty.
          .allowElements((name, attributes) -> hasSource(attributes) ? name : null, "iframe")
          .toFactory();

  private static final PolicyFactory POLICY =
      Sanitizers.FORMATTING
          .and(Sanitizers.BLOCKS)
          .and(Sanitizers.LINKS)
          .and(Sanitizers.TABLES)
          .and(
              new HtmlPolicyBuilder()
                  .allowElements("figure", "figcaption", "hr", "br", "cite")
                  .toFactory())
          .and(
              new HtmlPolicyBuilder()
                  .allowElements(
                      (name, attributes) -> attributes.contains("src") ? name : null, "img")
                  .allowAttributes("src")
                  .matching(MediaLinks.ADDRESS)
                  .onElements("img")
                  .allowAttributes("alt")
                  .onElements("img")
                  .allowAttributes("width", "height")
                  .matching(Pattern.compile("[0-9]{1,4}"))
                  .onElements("img")
                  .toFactory())
          .and(EMBEDS);

  private RichText() {}

  /** Whether the attributes left after the policy ({@code name, value, name, value…}) have src. */
  private static boolean hasSource(java.util.List<String> attributes) {
    for (int i = 0; i < attributes.size(); i += 2) {
      if (attributes.get(i).equals("src")) {
        return true;
      }
    }
    return false;
  }

  public static String sanitize(String html) {
    return html == null ? "" : POLICY.sanitize(html);
  }
}
