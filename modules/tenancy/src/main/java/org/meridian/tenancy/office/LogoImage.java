package org.meridian.tenancy.office;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.RefusedArgumentException;
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
      throw new RefusedArgumentException(
          Refusal.of("office.logo_choose_file", "Choose an image file for the logo"));
    }
    if (bytes.length > MAX_BYTES) {
      throw new RefusedArgumentException(
          Refusal.of(
              "office.logo_0_kb_at_most_1",
              "The logo is {0} KB; at most {1} KB please",
              bytes.length / 1024,
              MAX_BYTES / 1024));
    }
    String mediaType = mediaTypeOf(bytes);
    // The size its header declares, checked before a single pixel is decoded.
    ImageDecoding.Size size =
        ImageDecoding.headerSize(bytes)
            .orElseThrow(
                () ->
                    new RefusedArgumentException(
                        Refusal.of(
                            "office.logo_damaged",
                            "The logo file is damaged: it does not open as an image")));
    if (size.width() > MAX_SIDE || size.height() > MAX_SIDE) {
      throw new RefusedArgumentException(
          Refusal.of(
              "office.logo_0_1_pixels_at_most_2",
              "The logo is {0}×{1} pixels; at most {2} a side please",
              size.width(),
              size.height(),
              MAX_SIDE));
    }
    if (size.width() <= 0 || size.height() <= 0 || ImageDecoding.decode(bytes, size).isEmpty()) {
      throw new RefusedArgumentException(
          Refusal.of(
              "office.logo_damaged", "The logo file is damaged: it does not open as an image"));
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
    throw new RefusedArgumentException(
        Refusal.of("office.logo_png_jpeg_gif", "A logo is a PNG, JPEG or GIF image"));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
