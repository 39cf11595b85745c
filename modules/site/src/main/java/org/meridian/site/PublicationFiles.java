package org.meridian.site;

import static org.meridian.site.Html.escape;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.meridian.content.media.MediaItem;

/**
 * A publication's cover and document files, found in the office's library (or HQ's shared one); ids
 * the library no longer has are left out. Rendered as a cover figure and a list of downloads whose
 * links say the file's type and size, so that a visitor on an expensive connection knows before
 * tapping.
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
  String coverFigure() {
    if (cover.isEmpty()) {
      return "";
    }
    MediaItem image = cover.get();
    StringBuilder html = new StringBuilder("<figure class=\"cover\"><img src=\"");
    html.append(escape(image.thumbnailUrl()))
        .append("\" srcset=\"")
        .append(escape(image.srcset()))
        .append("\" sizes=\"")
        .append(COVER_SIZES)
        .append("\" alt=\"")
        .append(image.details().decorative() ? "" : escape(image.details().altText()))
        .append('"');
    appendSize(html, image, image.width());
    return html.append(" decoding=\"async\"></figure>").toString();
  }

  /**
   * A small cover beside a publication's title in a list: its title says what it is, so the picture
   * is decorative there ({@code alt=""}).
   */
  String coverThumbnail() {
    if (cover.isEmpty()) {
      return "";
    }
    MediaItem image = cover.get();
    int width = image.renditionWidths().isEmpty() ? image.width() : image.renditionWidths().get(0);
    StringBuilder html = new StringBuilder("<img class=\"cover-thumb\" alt=\"\" src=\"");
    html.append(escape(image.thumbnailUrl())).append('"');
    appendSize(html, image, width);
    return html.append(" loading=\"lazy\" decoding=\"async\">").toString();
  }

  private static void appendSize(StringBuilder html, MediaItem image, int width) {
    if (image.width() > 0 && image.height() > 0 && width > 0) {
      long height = Math.round(image.height() * (double) width / image.width());
      html.append(" width=\"").append(width).append("\" height=\"").append(height).append('"');
    }
  }

  /** The documents as download links, each with its type and size; nothing when there are none. */
  String downloads(SitePages.Context site, boolean withHeading) {
    if (documents.isEmpty()) {
      return "";
    }
    StringBuilder html = new StringBuilder();
    if (withHeading) {
      html.append("<h2>").append(SitePages.words(site, "downloads")).append("</h2>");
    }
    html.append("<ul class=\"downloads\">");
    for (MediaItem file : documents) {
      String title = file.details().title().isEmpty() ? file.fileName() : file.details().title();
      html.append("<li><a href=\"")
          .append(escape(file.originalUrl()))
          .append("\" type=\"")
          .append(escape(file.format().mediaType()))
          .append("\">")
          .append(escape(title))
          .append("</a> <span class=\"file\">(")
          .append(escape(typeAndSize(file)))
          .append(")</span></li>");
    }
    return html.append("</ul>").toString();
  }

  /** {@code PDF, 1.2 MB}: the file's type by its extension (the same in every language). */
  static String typeAndSize(MediaItem file) {
    return file.format().extension().toUpperCase(Locale.ROOT) + ", " + file.readableSize();
  }
}
