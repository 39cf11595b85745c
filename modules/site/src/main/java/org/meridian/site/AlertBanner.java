package org.meridian.site;

import java.util.List;
import org.meridian.content.alert.ShownAlert;
import org.meridian.site.view.Chrome;
import org.meridian.site.view.Links;
import org.meridian.tenancy.office.LanguageTag;

/**
 * The network alerts a page shows, as the layout's banner at the top of the page, after the skip
 * link and before the site's header: a labelled region, each alert's text in its language and
 * direction, and its link.
 */
final class AlertBanner {

  private AlertBanner() {}

  /** The alerts as the layout shows them on a page in {@code language}. */
  static List<Chrome.AlertView> views(List<ShownAlert> alerts, LanguageTag language) {
    return alerts.stream()
        .map(
            alert -> {
              LanguageTag own = new LanguageTag(alert.language());
              boolean other = !own.equals(language);
              return new Chrome.AlertView(
                  alert.message(),
                  other ? own.value() : null,
                  other ? own.direction() : null,
                  alert.link().isEmpty() ? null : Links.safe(alert.link()),
                  other ? language.value() : null);
            })
        .toList();
  }
}
