package org.meridian.site;

import java.util.Optional;
import org.meridian.content.CommonFields;
import org.meridian.content.media.MediaItem;
import org.meridian.site.view.Image;

/**
 * An item's hero image: the library's renditions of its hero cut (16:9 around the focal point,
 * inside the crop) in {@code srcset}, so that a phone on a slow connection fetches the narrow one
 * and every page frames the picture as its editor chose (an image the library has no cut of shows
 * whole); width and height given, so the page does not jump; the item's alt text, else the
 * library's in the item's language (else its default), or an empty one for a picture marked
 * decorative.
 */
final class HeroImage {

  /** Layout widths the page's column takes: the full screen on phones, at most 60rem. */
  static final String SIZES = "(max-width: 60rem) 100vw, 60rem";

  /** Layout widths of a card's picture: the screen on phones, a third of 75rem on wide ones. */
  static final String CARD_SIZES = "(max-width: 40rem) 100vw, (max-width: 64rem) 50vw, 25rem";

  private HeroImage() {}

  /** The hero, or {@code null} when the item has none or its file is gone or not a picture. */
  static Image of(CommonFields common, Optional<MediaItem> image, String language) {
    if (common.heroImageId() == null || image.isEmpty() || !image.get().isImage()) {
      return null;
    }
    MediaItem hero = image.get();
    String credit = hero.details().credit();
    String alt =
        common.heroDecorative()
            ? ""
            : common.heroAlt().isEmpty() ? hero.altFor(language) : common.heroAlt();
    if (hero.hasHeroCut()) {
      int[] focus = hero.heroFocus();
      return new Image(
          hero.heroUrl(),
          hero.heroSrcset(),
          SIZES,
          alt,
          hero.heroWidth(),
          hero.heroHeight(),
          false,
          credit == null || credit.isBlank() ? null : credit,
          Image.focusClasses(focus[0], focus[1]));
    }
    return new Image(
        hero.thumbnailUrl(),
        hero.srcset(),
        SIZES,
        alt,
        hero.width(),
        hero.height(),
        false,
        credit == null || credit.isBlank() ? null : credit);
  }
}
