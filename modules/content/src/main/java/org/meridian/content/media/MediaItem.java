package org.meridian.content.media;

import java.time.Instant;
import java.util.List;

/**
 * An asset as the console and other code see it, detached from JPA.
 *
 * @param officeCode the office whose library holds it
 * @param shared true when it is HQ's, seen from another office: usable, not changeable
 */
public record MediaItem(
    long id,
    long version,
    String officeCode,
    boolean shared,
    MediaKind kind,
    MediaFormat format,
    String fileName,
    MediaDetails details,
    long sizeBytes,
    int width,
    int height,
    List<Integer> renditionWidths,
    String uploadedBy,
    Instant uploadedAt)
    implements java.io.Serializable {

  static MediaItem of(MediaAsset asset, String officeCode, boolean shared) {
    return new MediaItem(
        asset.getId(),
        asset.getVersion(),
        officeCode,
        shared,
        asset.kind(),
        asset.format(),
        asset.fileName(),
        asset.details(),
        asset.sizeBytes(),
        asset.width(),
        asset.height(),
        asset.renditionWidths(),
        asset.uploadedBy(),
        asset.getCreatedAt());
  }

  public String originalUrl() {
    return MediaLinks.original(officeCode, id, fileName);
  }

  /** The smallest rendition, or the original when there is none: for lists and grids. */
  public String thumbnailUrl() {
    return renditionWidths.isEmpty()
        ? originalUrl()
        : MediaLinks.rendition(officeCode, id, renditionWidths.get(0), fileName);
  }

  public String srcset() {
    return MediaLinks.srcset(officeCode, id, fileName, renditionWidths, width);
  }

  /** Every address of the asset: the renditions, then the original. */
  public List<String> urls() {
    java.util.ArrayList<String> urls = new java.util.ArrayList<>();
    renditionWidths.forEach(w -> urls.add(MediaLinks.rendition(officeCode, id, w, fileName)));
    urls.add(originalUrl());
    return urls;
  }

  public boolean isImage() {
    return kind == MediaKind.IMAGE;
  }

  public String readableSize() {
    return MediaLimits.readable(sizeBytes);
  }
}
