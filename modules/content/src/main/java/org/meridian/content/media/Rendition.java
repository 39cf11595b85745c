package org.meridian.content.media;

/** A smaller copy of an image, {@code width} pixels wide, as stored. */
public record Rendition(int width, int height, String mediaType, byte[] bytes) {

  /** Its name in addresses and store keys: {@code w640}. */
  public String variant() {
    return variantOf(width);
  }

  public static String variantOf(int width) {
    return "w" + width;
  }
}
