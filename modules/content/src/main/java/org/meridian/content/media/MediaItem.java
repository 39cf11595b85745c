package org.meridian.content.media;

import java.time.Instant;
import java.util.List;

/**
 * An asset as the console and other code see it, detached from JPA.
 *
 * @param officeCode the office whose library holds it
 * @param shared true when it is HQ's, seen from another office: usable, not changeable
 * @param heroWidths widths of the hero cut's renditions (16:9 around the focal point); empty for
 *     files uploaded before the library cut them, GIF, WebP and documents
 * @param socialWidth width of the social cut (1.91:1), 0 when there is none
 * @param altTexts the alt text in other languages than the default ({@code details().altText()})
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
    Instant uploadedAt,
    Framing framing,
    List<Integer> heroWidths,
    int socialWidth,
    AltTexts altTexts)
    implements java.io.Serializable {

  public MediaItem {
    framing = framing == null ? Framing.WHOLE : framing;
    heroWidths = heroWidths == null ? List.of() : List.copyOf(heroWidths);
    altTexts = altTexts == null ? AltTexts.NONE : altTexts;
  }

  /** An asset without cuts or translated alt texts (as tests and older callers build one). */
  public MediaItem(
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
      Instant uploadedAt) {
    this(
        id,
        version,
        officeCode,
        shared,
        kind,
        format,
        fileName,
        details,
        sizeBytes,
        width,
        height,
        renditionWidths,
        uploadedBy,
        uploadedAt,
        Framing.WHOLE,
        List.of(),
        0,
        AltTexts.NONE);
  }

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
        asset.getCreatedAt(),
        asset.framing(),
        asset.heroWidths(),
        asset.socialWidth(),
        asset.altTexts());
  }

  /**
   * The alt text an item in {@code language} gives the image: the text written for that language,
   * else the default one; empty for a decorative image.
   */
  public String altFor(String language) {
    return altFor(details.decorative(), details.altText(), altTexts, language);
  }

  /** {@link #altFor(String)} from an asset's stored values. */
  public static String altFor(
      boolean decorative, String altText, AltTexts altTexts, String language) {
    if (decorative) {
      return "";
    }
    return altTexts.in(language == null ? "" : language).orElse(altText);
  }

  /**
   * The alt text a body's image of the library is shown with in {@code language}: present when the
   * file is an image and has one there or by default, or is decorative ({@code ""}).
   */
  public static java.util.Optional<String> bodyAltFor(
      boolean image, boolean decorative, String altText, AltTexts altTexts, String language) {
    if (!image) {
      return java.util.Optional.empty();
    }
    String alt = altFor(decorative, altText, altTexts, language);
    return decorative || !alt.isEmpty() ? java.util.Optional.of(alt) : java.util.Optional.empty();
  }

  /** Whether the image has its hero cut (16:9 around the focal point). */
  public boolean hasHeroCut() {
    return !heroWidths.isEmpty() && width > 0 && height > 0;
  }

  /** The hero cut in pixels of the picture. */
  public FocalCrop.Box heroBox() {
    return FocalCrop.cut(
        width, height, framing, Renditions.HERO_RATIO_WIDTH, Renditions.HERO_RATIO_HEIGHT);
  }

  /** The hero cut's smallest rendition (for {@code src}). */
  public String heroUrl() {
    return MediaLinks.variant(officeCode, id, Rendition.heroVariantOf(heroWidths.get(0)), fileName);
  }

  /** The hero cut's renditions as a {@code srcset}. */
  public String heroSrcset() {
    return heroWidths.stream()
        .map(
            w ->
                MediaLinks.variant(officeCode, id, Rendition.heroVariantOf(w), fileName)
                    + " "
                    + w
                    + "w")
        .collect(java.util.stream.Collectors.joining(", "));
  }

  /** The widest hero rendition's width and height: what a page gives as the picture's size. */
  public int heroWidth() {
    return heroWidths.isEmpty() ? 0 : heroWidths.get(heroWidths.size() - 1);
  }

  public int heroHeight() {
    return heroWidths.isEmpty() ? 0 : Renditions.heightAt(heroBox(), heroWidth());
  }

  /**
   * Where the focal point lies in the hero cut, in per cent {x, y}, so that a box of yet another
   * shape (a square card) keeps it in view ({@code object-position}).
   */
  public int[] heroFocus() {
    return FocalCrop.focusIn(width, height, framing, heroBox());
  }

  /** The social cut's address (Open Graph), or empty when the image has none. */
  public java.util.Optional<String> socialUrl() {
    return socialWidth == 0
        ? java.util.Optional.empty()
        : java.util.Optional.of(
            MediaLinks.variant(officeCode, id, Rendition.socialVariantOf(socialWidth), fileName));
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

  /** Every address of the asset: the renditions, the cuts, then the original. */
  public List<String> urls() {
    java.util.ArrayList<String> urls = new java.util.ArrayList<>();
    renditionWidths.forEach(w -> urls.add(MediaLinks.rendition(officeCode, id, w, fileName)));
    heroWidths.forEach(
        w -> urls.add(MediaLinks.variant(officeCode, id, Rendition.heroVariantOf(w), fileName)));
    socialUrl().ifPresent(urls::add);
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
