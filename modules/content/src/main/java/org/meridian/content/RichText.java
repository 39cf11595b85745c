package org.meridian.content;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Rich text is cleaned on the way in with an allow-list: editors keep headings, lists, links,
 * tables and quotes; scripts, styles, event handlers and foreign frames never reach the database.
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
                  .toFactory());

  private RichText() {}

  public static String sanitize(String html) {
    return html == null ? "" : POLICY.sanitize(html);
  }
}
