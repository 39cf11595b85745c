package org.meridian.site;

import static org.meridian.site.Html.escape;

import java.util.Optional;
import org.meridian.content.CommonFields;
import org.meridian.content.media.MediaItem;

/**
 * An item's hero image: the library's renditions in {@code srcset}, so that a phone on a slow
 * connection fetches the narrow one; width and height given, so the page does not jump; the
 * editor's alt text, or an empty one for a picture marked decorative.
 */
final class HeroImage {

  /** Layout widths the page's column takes: the full screen on phones, at most 60rem. */
  static final String SIZES = "(max-width: 60rem) 100vw, 60rem";

  private HeroImage() {}

  static String html(CommonFields common, Optional<MediaItem> image) {
    if (common.heroImageId() == null || image.isEmpty() || !image.get().isImage()) {
      return "";
    }
    MediaItem hero = image.get();
    StringBuilder html = new StringBuilder(256);
    html.append("<figure class=\"hero\"><img src=\"")
        .append(escape(hero.thumbnailUrl()))
        .append("\" srcset=\"")
        .append(escape(hero.srcset()))
        .append("\" sizes=\"")
        .append(SIZES)
        .append("\" alt=\"")
        .append(common.heroDecorative() ? "" : escape(common.heroAlt()))
        .append('"');
    if (hero.width() > 0 && hero.height() > 0) {
      html.append(" width=\"")
          .append(hero.width())
          .append("\" height=\"")
          .append(hero.height())
          .append('"');
    }
    html.append(" decoding=\"async\">");
    String credit = hero.details().credit();
    if (credit != null && !credit.isBlank()) {
      html.append("<figcaption>").append(escape(credit)).append("</figcaption>");
    }
    return html.append("</figure>").toString();
  }
}
