package org.meridian.tenancy.office;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.imageio.ImageIO;

/**
 * A checked logo file: PNG, JPEG or GIF recognised by its content (not its name), at most {@value
 * #MAX_BYTES} bytes and {@value #MAX_SIDE} pixels a side, that really decodes as an image.
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
    BufferedImage image;
    try {
      image = ImageIO.read(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      image = null;
    }
    if (image == null) {
      throw new IllegalArgumentException("The logo file is damaged: it does not open as an image");
    }
    if (image.getWidth() > MAX_SIDE || image.getHeight() > MAX_SIDE) {
      throw new IllegalArgumentException(
          "The logo is "
              + image.getWidth()
              + "×"
              + image.getHeight()
              + " pixels; at most "
              + MAX_SIDE
              + " a side please");
    }
    return new LogoImage(
        mediaType, image.getWidth(), image.getHeight(), sha256(bytes), bytes.clone());
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
