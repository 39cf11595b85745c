package org.meridian.content.media;

/**
 * A smaller copy of an image, {@code width} pixels wide, as stored: of the whole picture ({@code
 * w640}), of its hero cut ({@code h640}, 16:9 around the focal point) or its social cut ({@code
 * s1200}, 1.91:1).
 */
public record Rendition(String variant, int width, int height, String mediaType, byte[] bytes) {

  /** A rendition of the whole picture. */
  public Rendition(int width, int height, String mediaType, byte[] bytes) {
    this(variantOf(width), width, height, mediaType, bytes);
  }

  /** The name in addresses and store keys of the whole picture's rendition: {@code w640}. */
  public static String variantOf(int width) {
    return "w" + width;
  }

  /** The name of the hero cut's rendition: {@code h640}. */
  public static String heroVariantOf(int width) {
    return "h" + width;
  }

  /** The name of the social cut: {@code s1200}. */
  public static String socialVariantOf(int width) {
    return "s" + width;
  }
}
