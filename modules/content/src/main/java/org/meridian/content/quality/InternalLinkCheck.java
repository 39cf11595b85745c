package org.meridian.content.quality;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.meridian.content.health.BodyLinks;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.office.LanguageTag;

/**
 * Links into the office's own site lead somewhere: a link stored by item ({@code data-item="42"},
 * see {@code BodyRendering}) to an item that is live, a typed address ({@code /gambia/en/slug}) to
 * a live item, a page of the site or an old address that redirects. The excerpt is the link's
 * words.
 */
public final class InternalLinkCheck implements BodyCheck {

  @Override
  public String rule() {
    return "broken_link";
  }

  @Override
  public List<Finding> check(Document body, BodyContext context) {
    List<Finding> found = new ArrayList<>();
    for (Element a : body.select("a[href], a[data-item]")) {
      if (!leadsSomewhere(a, context)) {
        found.add(
            new Finding(
                rule(),
                LinkWords.of(a).isEmpty() ? a.attr("href") : LinkWords.of(a),
                Places.of(body, a),
                Refusal.of(
                    "quality.broken_link",
                    "A link into the site leads to no page that is on the site: {0}",
                    a.attr("href")),
                Refusal.of(
                    "quality.broken_link_fix",
                    "Choose the page again with the internal link button, publish the page it"
                        + " leads to, or remove the link")));
      }
    }
    return found;
  }

  /** The links of {@code body} this check finds broken, for Site health: their addresses. */
  public static List<String> brokenAddresses(Document body, BodyContext context) {
    return body.select("a[href], a[data-item]").stream()
        .filter(a -> !leadsSomewhere(a, context))
        .map(a -> a.attr("href"))
        .toList();
  }

  private static boolean leadsSomewhere(Element a, BodyContext context) {
    if (a.hasAttr("data-item")) {
      try {
        return context.links().isLive(Long.parseLong(a.attr("data-item")));
      } catch (NumberFormatException notAnId) {
        return false;
      }
    }
    return BodyLinks.target(a.attr("href"), context.office())
        .map(
            target -> {
              if (target.malformed() || !BodyLinks.known(target.language(), context.languages())) {
                return false;
              }
              return target.slug().isEmpty()
                  || context
                      .links()
                      .leadsSomewhere(new LanguageTag(target.language()), target.slug().get());
            })
        .orElse(true);
  }
}
