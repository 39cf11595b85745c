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
 * break when their host goes away.
 */
public final class RichText {

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
                  .toFactory());

  private RichText() {}

  public static String sanitize(String html) {
    return html == null ? "" : POLICY.sanitize(html);
  }
}
