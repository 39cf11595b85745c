package org.meridian.content.media;

import java.awt.image.BufferedImage;

/**
 * The eight EXIF orientations: how a camera's stored picture must be turned or mirrored to stand
 * upright. The library turns pictures upright once, when they arrive, and drops the tag with the
 * rest of the metadata: every rendition and the original then show the same way in any browser, and
 * the width and height the pages give are those seen.
 */
enum Orientation {
  /** 1: as stored. */
  NORMAL,
  /** 2: mirrored left to right. */
  MIRRORED,
  /** 3: turned half round. */
  ROTATED_180,
  /** 4: mirrored top to bottom. */
  FLIPPED,
  /** 5: mirrored along the diagonal from the top left (transposed). */
  TRANSPOSED,
  /** 6: to be turned a quarter clockwise. */
  ROTATED_90,
  /** 7: mirrored along the other diagonal (transversed). */
  TRANSVERSED,
  /** 8: to be turned a quarter anticlockwise. */
  ROTATED_270;

  /** The orientation of EXIF value {@code tag}; as stored for any value outside 1 to 8. */
  static Orientation ofTag(int tag) {
    return tag >= 1 && tag <= 8 ? values()[tag - 1] : NORMAL;
  }

  /** Whether the upright picture's width is the stored height. */
  boolean swapsSides() {
    return this == TRANSPOSED || this == ROTATED_90 || this == TRANSVERSED || this == ROTATED_270;
  }

  /** {@code stored} turned upright; {@code stored} itself when it already is. */
  BufferedImage upright(BufferedImage stored) {
    if (this == NORMAL) {
      return stored;
    }
    int w = stored.getWidth();
    int h = stored.getHeight();
    int[] from = stored.getRGB(0, 0, w, h, null, 0, w);
    int outW = swapsSides() ? h : w;
    int outH = swapsSides() ? w : h;
    int[] to = new int[from.length];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int tx;
        int ty;
        switch (this) {
          case MIRRORED -> {
            tx = w - 1 - x;
            ty = y;
          }
          case ROTATED_180 -> {
            tx = w - 1 - x;
            ty = h - 1 - y;
          }
          case FLIPPED -> {
            tx = x;
            ty = h - 1 - y;
          }
          case TRANSPOSED -> {
            tx = y;
            ty = x;
          }
          case ROTATED_90 -> {
            tx = h - 1 - y;
            ty = x;
          }
          case TRANSVERSED -> {
            tx = h - 1 - y;
            ty = w - 1 - x;
          }
          case ROTATED_270 -> {
            tx = y;
            ty = w - 1 - x;
          }
          default -> {
            tx = x;
            ty = y;
          }
        }
        to[ty * outW + tx] = from[y * w + x];
      }
    }
    BufferedImage upright =
        new BufferedImage(
            outW,
            outH,
            stored.getColorModel().hasAlpha()
                ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB);
    upright.setRGB(0, 0, outW, outH, to, 0, outW);
    return upright;
  }
}
