package org.meridian.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.meridian.content.ContentType;
import org.meridian.content.LiveItem;
import org.meridian.site.view.Chrome;

/**
 * Share links under an article (news, events, publications): plain links to each network's own
 * share address with the page's public address in them. Nothing is loaded from a third party when
 * the page is shown — no script, no button image, no iframe, no tracking pixel: the visitor's
 * browser only goes there if they follow a link.
 */
final class ShareLinks {

  /** A network's name and its share address, {@code %u} the page's address, {@code %t} title. */
  private record Network(String key, String template) {}

  private static final List<Network> NETWORKS =
      List.of(
          new Network("shareEmail", "mailto:?subject=%t&body=%u"),
          new Network("shareX", "https://x.com/intent/post?text=%t&url=%u"),
          new Network("shareFacebook", "https://www.facebook.com/sharer/sharer.php?u=%u"),
          new Network("shareLinkedIn", "https://www.linkedin.com/sharing/share-offsite/?url=%u"),
          new Network("shareWhatsApp", "https://wa.me/?text=%t%20%u"));

  private ShareLinks() {}

  /** Articles are shared; pages and contact cards are not. */
  static boolean isShared(LiveItem item) {
    return item.type() == ContentType.NEWS
        || item.type() == ContentType.EVENT
        || item.type() == ContentType.PUBLICATION;
  }

  /** The share links of an article; none for other items. */
  static List<Chrome.Link> links(SitePages.Context site, LiveItem item) {
    if (!isShared(item)) {
      return List.of();
    }
    String url = encode(site.absolute(item.path()));
    String title = encode(item.title());
    return NETWORKS.stream()
        .map(
            n ->
                new Chrome.Link(
                    site.words().get(n.key()),
                    n.template().replace("%u", url).replace("%t", title)))
        .toList();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
