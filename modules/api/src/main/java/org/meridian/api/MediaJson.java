package org.meridian.api;

import java.net.URI;
import java.util.List;
import org.meridian.content.media.MediaItem;
import org.meridian.content.media.MediaLinks;

/**
 * A media file an item uses, with absolute addresses: {@code url} of the original, {@code
 * renditions} (an image's smaller copies, each with its {@code width} and {@code url}) and {@code
 * srcset}, ready for an {@code <img srcset>}. {@code alt} is the library's text alternative ({@code
 * decorative} images have none); {@code role} is where the item uses it: {@code hero}, {@code
 * social}, {@code field} (a type field) or {@code body} (an image in the text).
 */
public record MediaJson(
    long id,
    String role,
    String kind,
    String mediaType,
    String fileName,
    Integer width,
    Integer height,
    String alt,
    boolean decorative,
    String caption,
    String credit,
    String url,
    List<RenditionJson> renditions,
    String srcset) {

  /** A smaller copy of an image. */
  public record RenditionJson(int width, String url) {}

  static MediaJson of(MediaItem media, String role, URI site) {
    boolean image = media.isImage();
    String original = absolute(site, media.originalUrl());
    List<RenditionJson> renditions =
        media.renditionWidths().stream()
            .map(
                w ->
                    new RenditionJson(
                        w,
                        absolute(
                            site,
                            MediaLinks.rendition(
                                media.officeCode(), media.id(), w, media.fileName()))))
            .toList();
    String srcset = null;
    if (image) {
      List<String> entries = new java.util.ArrayList<>();
      renditions.forEach(r -> entries.add(r.url() + " " + r.width() + "w"));
      entries.add(original + " " + media.width() + "w");
      srcset = String.join(", ", entries);
    }
    return new MediaJson(
        media.id(),
        role,
        media.kind().name(),
        media.format().mediaType(),
        media.fileName(),
        image ? media.width() : null,
        image ? media.height() : null,
        media.details().decorative() ? "" : media.details().altText(),
        media.details().decorative(),
        media.details().caption(),
        media.details().credit(),
        original,
        renditions,
        srcset);
  }

  /** {@code path} (from {@code /}) made absolute against the site's root. */
  static String absolute(URI site, String path) {
    return site.resolve(path).toString();
  }
}
