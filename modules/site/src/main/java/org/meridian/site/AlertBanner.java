package org.meridian.site;

import static org.meridian.site.Html.escape;

import java.util.List;
import java.util.Map;
import org.meridian.content.alert.ShownAlert;
import org.meridian.tenancy.office.LanguageTag;

/**
 * The network alerts a page shows, as a banner at the top of the page, after the skip link and
 * before the site's header: a labelled region, each alert's text in its language and direction, and
 * its link. Texts are plain and escaped here.
 */
final class AlertBanner {

  static final String STYLE =
      ".network-alert{background:#7a1010;color:#fff;padding:.5rem 1rem}"
          + ".network-alert p{margin:.25rem auto;max-width:60rem}"
          + ".network-alert a{color:#fff;text-decoration:underline;margin-inline-start:.5rem}"
          + ".network-alert a:focus{outline:2px solid #fff;outline-offset:2px}";

  private static final Map<String, String[]> WORDS =
      Map.of(
          "en", new String[] {"Alert", "More about this alert"},
          "fr", new String[] {"Alerte", "En savoir plus sur cette alerte"},
          "es", new String[] {"Alerta", "Más sobre esta alerta"},
          "pt", new String[] {"Alerta", "Mais sobre este alerta"},
          "ar", new String[] {"تنبيه", "المزيد عن هذا التنبيه"});

  private AlertBanner() {}

  /** The banner's HTML for a page in {@code language}; empty when no alert is shown. */
  static String html(List<ShownAlert> alerts, LanguageTag language) {
    if (alerts.isEmpty()) {
      return "";
    }
    String[] words = WORDS.getOrDefault(language.value(), WORDS.get("en"));
    StringBuilder html =
        new StringBuilder("<div class=\"network-alert\" role=\"region\" aria-label=\"")
            .append(escape(words[0]))
            .append("\">");
    for (ShownAlert alert : alerts) {
      LanguageTag own = new LanguageTag(alert.language());
      html.append("<p");
      if (!own.equals(language)) {
        html.append(" lang=\"")
            .append(escape(own.value()))
            .append("\" dir=\"")
            .append(own.direction())
            .append('"');
      }
      html.append('>').append(escape(alert.message()));
      if (!alert.link().isEmpty()) {
        html.append(" <a href=\"")
            .append(escape(alert.link()))
            .append("\"")
            .append(own.equals(language) ? "" : " lang=\"" + escape(language.value()) + "\"")
            .append('>')
            .append(escape(words[1]))
            .append("</a>");
      }
      html.append("</p>");
    }
    return html.append("</div>").toString();
  }

  /**
   * {@code page} with the banner and its style: the style at the end of the head, the banner before
   * the page's first {@code <header}. A page without either is returned as it is.
   */
  static String into(String page, List<ShownAlert> alerts, LanguageTag language) {
    if (alerts.isEmpty()) {
      return page;
    }
    int head = page.indexOf("</head>");
    int header = page.indexOf("<header");
    if (head < 0 || header < head) {
      return page;
    }
    return page.substring(0, head)
        + "<style>"
        + STYLE
        + "</style>"
        + page.substring(head, header)
        + html(alerts, language)
        + page.substring(header);
  }
}
