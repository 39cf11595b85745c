package org.meridian.tenancy.office;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.meridian.tenancy.image.ImageDecoding;

/**
 * A checked logo file: PNG, JPEG or GIF recognised by its content (not its name), at most {@value
 * #MAX_BYTES} bytes and {@value #MAX_SIDE} pixels a side (read from its header before anything is
 * decoded), that really decodes as an image.
 */
public record LogoImage(String mediaType, int width, int height, String sha256, byte[] bytes) {

  public static final int MAX_BYTES = 256 * 1024;
  public static final int MAX_SIDE = 2000;

  /** Checks {@code bytes}; throws with a message an office administrator can act on. */
  public static LogoImage of(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new IllegalArgumentException("Choose an image file for the logo");
    }
    if (bytes.length > MAX_BYTES) {
      throw new IllegalArgumentException(
          "The logo is " + bytes.length / 1024 + " KB; at most " + MAX_BYTES / 1024 + " KB please");
    }
    String mediaType = mediaTypeOf(bytes);
    // The size its header declares, checked before a single pixel is decoded.
    ImageDecoding.Size size =
        ImageDecoding.headerSize(bytes)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "The logo file is damaged: it does not open as an image"));
    if (size.width() > MAX_SIDE || size.height() > MAX_SIDE) {
      throw new IllegalArgumentException(
          "The logo is "
              + size.width()
              + "×"
              + size.height()
              + " pixels; at most "
              + MAX_SIDE
              + " a side please");
    }
    if (size.width() <= 0 || size.height() <= 0 || ImageDecoding.decode(bytes, size).isEmpty()) {
      throw new IllegalArgumentException("The logo file is damaged: it does not open as an image");
    }
    return new LogoImage(mediaType, size.width(), size.height(), sha256(bytes), bytes.clone());
  }

  private static String mediaTypeOf(byte[] b) {
    if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
      return "image/png";
    }
    if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
      return "image/jpeg";
    }
    if (b.length > 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
      return "image/gif";
    }
    throw new IllegalArgumentException("A logo is a PNG, JPEG or GIF image");
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
