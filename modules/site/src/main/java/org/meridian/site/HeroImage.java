package org.meridian.site;

import java.util.Optional;
import org.meridian.content.CommonFields;
import org.meridian.content.media.MediaItem;
import org.meridian.site.view.Image;

/**
 * An item's hero image: the library's renditions in {@code srcset}, so that a phone on a slow
 * connection fetches the narrow one; width and height given, so the page does not jump; the
 * editor's alt text, or an empty one for a picture marked decorative.
 */
final class HeroImage {

  /** Layout widths the page's column takes: the full screen on phones, at most 60rem. */
  static final String SIZES = "(max-width: 60rem) 100vw, 60rem";

  /** Layout widths of a card's picture: the screen on phones, a third of 75rem on wide ones. */
  static final String CARD_SIZES = "(max-width: 40rem) 100vw, (max-width: 64rem) 50vw, 25rem";

  private HeroImage() {}

  /** The hero, or {@code null} when the item has none or its file is gone or not a picture. */
  static Image of(CommonFields common, Optional<MediaItem> image) {
    if (common.heroImageId() == null || image.isEmpty() || !image.get().isImage()) {
      return null;
    }
    MediaItem hero = image.get();
    String credit = hero.details().credit();
    return new Image(
        hero.thumbnailUrl(),
        hero.srcset(),
        SIZES,
        common.heroDecorative() ? "" : common.heroAlt(),
        hero.width(),
        hero.height(),
        false,
        credit == null || credit.isBlank() ? null : credit);
  }
}
