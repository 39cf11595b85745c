package org.meridian.site;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.meridian.content.media.MediaItem;
import org.meridian.site.view.Card;
import org.meridian.site.view.Image;

/**
 * A publication's cover and document files, found in the office's library (or HQ's shared one); ids
 * the library no longer has are left out. Shown as a cover and a list of downloads whose links say
 * the file's type and size, so that a visitor on an expensive connection knows before tapping.
 */
record PublicationFiles(Optional<MediaItem> cover, List<MediaItem> documents) {

  static final PublicationFiles NONE = new PublicationFiles(Optional.empty(), List.of());

  /** Widths the cover takes on an item page. */
  static final String COVER_SIZES = "(max-width: 20rem) 100vw, 20rem";

  PublicationFiles {
    cover = cover.filter(MediaItem::isImage);
    documents = List.copyOf(documents);
  }

  /** The cover on the publication's own page, described by its alt text (or decorative). */
  Image coverImage() {
    if (cover.isEmpty()) {
      return null;
    }
    MediaItem image = cover.get();
    return new Image(
        image.thumbnailUrl(),
        image.srcset(),
        COVER_SIZES,
        image.details().decorative() ? "" : image.details().altText(),
        image.width(),
        image.height(),
        false,
        null);
  }

  /**
   * A small cover on a publication's card: its title says what it is, so the picture is decorative
   * there ({@code alt=""}).
   */
  Image coverThumbnail() {
    if (cover.isEmpty()) {
      return null;
    }
    MediaItem image = cover.get();
    int width = image.renditionWidths().isEmpty() ? image.width() : image.renditionWidths().get(0);
    int height =
        image.width() > 0 && width > 0
            ? (int) Math.round(image.height() * (double) width / image.width())
            : 0;
    return new Image(image.thumbnailUrl(), null, null, "", width, height, true, null);
  }

  /** The documents as downloads, each with its type and size. */
  List<Card.Download> downloads() {
    return documents.stream()
        .map(
            file ->
                new Card.Download(
                    file.details().title().isEmpty() ? file.fileName() : file.details().title(),
                    file.originalUrl(),
                    file.format().mediaType(),
                    typeAndSize(file)))
        .toList();
  }

  /** {@code PDF, 1.2 MB}: the file's type by its extension (the same in every language). */
  static String typeAndSize(MediaItem file) {
    return file.format().extension().toUpperCase(Locale.ROOT) + ", " + file.readableSize();
  }
}
