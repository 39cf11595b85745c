package org.meridian.content.media;

/**
 * Where a picture is cut to a shape: the largest rectangle of that shape inside the framing's crop,
 * placed so that the focal point is as near its middle as the crop allows. A pure function of the
 * picture's size, the framing and the shape, so the renditions and the pages that name their sizes
 * always agree.
 */
public final class FocalCrop {

  /** A rectangle of pixels of the picture. */
  public record Box(int x, int y, int width, int height) {

    /** Where {@code pixelX} lies across the box, in per cent (for {@code object-position}). */
    int percentAcross(double pixelX) {
      return width <= 1 ? 50 : clampPercent((pixelX - x) * 100 / width);
    }

    int percentDown(double pixelY) {
      return height <= 1 ? 50 : clampPercent((pixelY - y) * 100 / height);
    }
  }

  private FocalCrop() {}

  /** The framing's crop in pixels of a {@code width}×{@code height} picture. */
  public static Box crop(int width, int height, Framing framing) {
    int x = (int) Math.round(width * framing.cropX() / 100.0);
    int y = (int) Math.round(height * framing.cropY() / 100.0);
    int w = Math.max(1, Math.min(width - x, (int) Math.round(width * framing.cropWidth() / 100.0)));
    int h =
        Math.max(1, Math.min(height - y, (int) Math.round(height * framing.cropHeight() / 100.0)));
    return new Box(Math.min(x, width - 1), Math.min(y, height - 1), w, h);
  }

  /**
   * The cut of shape {@code ratioWidth}:{@code ratioHeight} of a {@code width}×{@code height}
   * picture framed by {@code framing}.
   */
  public static Box cut(int width, int height, Framing framing, int ratioWidth, int ratioHeight) {
    if (width <= 0 || height <= 0 || ratioWidth <= 0 || ratioHeight <= 0) {
      throw new IllegalArgumentException(
          "A cut needs a picture and a shape: "
              + width
              + "×"
              + height
              + ", "
              + ratioWidth
              + ":"
              + ratioHeight);
    }
    Box crop = crop(width, height, framing);
    int w;
    int h;
    if ((long) crop.width() * ratioHeight > (long) crop.height() * ratioWidth) {
      h = crop.height();
      w =
          Math.max(
              1, Math.min(crop.width(), (int) Math.round((double) h * ratioWidth / ratioHeight)));
    } else {
      w = crop.width();
      h =
          Math.max(
              1, Math.min(crop.height(), (int) Math.round((double) w * ratioHeight / ratioWidth)));
    }
    double focusX = width * framing.focusX() / 100.0;
    double focusY = height * framing.focusY() / 100.0;
    int x = place(focusX, w, crop.x(), crop.width());
    int y = place(focusY, h, crop.y(), crop.height());
    return new Box(x, y, w, h);
  }

  /** Where the focal point lies in {@code box}, in per cent: {x, y}. */
  public static int[] focusIn(int width, int height, Framing framing, Box box) {
    return new int[] {
      box.percentAcross(width * framing.focusX() / 100.0),
      box.percentDown(height * framing.focusY() / 100.0)
    };
  }

  /** The start of a span {@code length} long centred on {@code focus}, kept inside the crop. */
  private static int place(double focus, int length, int cropStart, int cropLength) {
    int start = (int) Math.round(focus - length / 2.0);
    return Math.max(cropStart, Math.min(start, cropStart + cropLength - length));
  }

  private static int clampPercent(double value) {
    return (int) Math.max(0, Math.min(100, Math.round(value)));
  }
}
