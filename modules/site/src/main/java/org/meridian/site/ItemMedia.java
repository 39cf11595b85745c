package org.meridian.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.meridian.content.ContentType;
import org.meridian.content.LiveItem;
import org.meridian.content.media.MediaItem;
import org.meridian.content.media.MediaLibrary;

/**
 * The library files a live item shows, from the office's library or HQ's, while the library still
 * has them: its hero and social images, a publication's cover and documents.
 */
@ApplicationScoped
class ItemMedia {

  @Inject private MediaLibrary media;

  /** The item's hero image, if it still is a picture of the library. */
  Optional<MediaItem> heroOf(LiveItem item) {
    Long id = item.common().heroImageId();
    return id == null ? Optional.empty() : media.find(id).filter(MediaItem::isImage);
  }

  /** The item's social image (for Open Graph), if it still is a picture of the library. */
  Optional<MediaItem> socialImageOf(LiveItem item) {
    Long id = item.common().socialImageId();
    return id == null ? Optional.empty() : media.find(id).filter(MediaItem::isImage);
  }

  /** A publication's cover and documents, if it has them; none for other items. */
  PublicationFiles filesOf(LiveItem item) {
    if (item.type() != ContentType.PUBLICATION) {
      return PublicationFiles.NONE;
    }
    Optional<MediaItem> cover = item.fields().id("cover").flatMap(media::find);
    List<MediaItem> documents =
        item.fields().ids("documents").stream()
            .distinct()
            .map(media::find)
            .flatMap(Optional::stream)
            .toList();
    return new PublicationFiles(cover, documents);
  }
}
