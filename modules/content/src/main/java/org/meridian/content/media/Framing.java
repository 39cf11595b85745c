package org.meridian.content.media;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.meridian.tenancy.Refusal;

/**
 * How an image is framed when it is cut to a fixed shape (the hero's 16:9, the social networks'
 * 1.91:1): the part of the picture that may be shown at all (the crop, a rectangle in per cent of
 * the picture) and the point that stays in view, as near the middle as the crop allows (the focal
 * point, in per cent of the picture). The whole picture around its centre by default.
 */
@Embeddable
public class Framing implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  /** A crop keeps at least this share of each side: a smaller one would be a blur of pixels. */
  public static final int MIN_CROP = 10;

  public static final Framing WHOLE = new Framing(50, 50, 0, 0, 100, 100);

  /** A new instance of {@link #WHOLE}, for an entity (JPA does not let entities share one). */
  static Framing whole() {
    return new Framing(50, 50, 0, 0, 100, 100);
  }

  @Column(name = "focus_x", nullable = false)
  private int focusX;

  @Column(name = "focus_y", nullable = false)
  private int focusY;

  @Column(name = "crop_x", nullable = false)
  private int cropX;

  @Column(name = "crop_y", nullable = false)
  private int cropY;

  @Column(name = "crop_width", nullable = false)
  private int cropWidth;

  @Column(name = "crop_height", nullable = false)
  private int cropHeight;

  protected Framing() {
    this(50, 50, 0, 0, 100, 100);
  }

  private Framing(int focusX, int focusY, int cropX, int cropY, int cropWidth, int cropHeight) {
    this.focusX = focusX;
    this.focusY = focusY;
    this.cropX = cropX;
    this.cropY = cropY;
    this.cropWidth = cropWidth;
    this.cropHeight = cropHeight;
  }

  /**
   * A framing, checked: every number a per cent of the picture, the crop inside it and at least
   * {@link #MIN_CROP} per cent wide and high, the focal point inside the crop.
   *
   * @throws MediaRefusedException naming the field to fix
   */
  public static Framing of(
      int focusX, int focusY, int cropX, int cropY, int cropWidth, int cropHeight) {
    requirePercent("focusX", focusX);
    requirePercent("focusY", focusY);
    requirePercent("cropX", cropX);
    requirePercent("cropY", cropY);
    if (cropWidth < MIN_CROP || cropX + cropWidth > 100) {
      throw cropRefused("cropWidth");
    }
    if (cropHeight < MIN_CROP || cropY + cropHeight > 100) {
      throw cropRefused("cropHeight");
    }
    if (focusX < cropX
        || focusX > cropX + cropWidth
        || focusY < cropY
        || focusY > cropY + cropHeight) {
      throw new MediaRefusedException(
          "focusX",
          Refusal.of(
              "media.focus_outside_crop",
              "The focal point must lie inside the crop: move it, or widen the crop"));
    }
    return new Framing(focusX, focusY, cropX, cropY, cropWidth, cropHeight);
  }

  private static void requirePercent(String field, int value) {
    if (value < 0 || value > 100) {
      throw new MediaRefusedException(
          field,
          Refusal.of(
              "media.framing_percent_0",
              "Give a per cent of the picture, 0 to 100 (not {0})",
              value));
    }
  }

  private static MediaRefusedException cropRefused(String field) {
    return new MediaRefusedException(
        field,
        Refusal.of(
            "media.crop_outside_0",
            "The crop must stay inside the picture and keep at least {0} per cent of each side",
            MIN_CROP));
  }

  public int focusX() {
    return focusX;
  }

  public int focusY() {
    return focusY;
  }

  public int cropX() {
    return cropX;
  }

  public int cropY() {
    return cropY;
  }

  public int cropWidth() {
    return cropWidth;
  }

  public int cropHeight() {
    return cropHeight;
  }

  public boolean isWhole() {
    return equals(WHOLE);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Framing f
        && f.focusX == focusX
        && f.focusY == focusY
        && f.cropX == cropX
        && f.cropY == cropY
        && f.cropWidth == cropWidth
        && f.cropHeight == cropHeight;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(focusX, focusY, cropX, cropY, cropWidth, cropHeight);
  }

  @Override
  public String toString() {
    return "focus "
        + focusX
        + "%,"
        + focusY
        + "% crop "
        + cropX
        + "%,"
        + cropY
        + "% "
        + cropWidth
        + "%×"
        + cropHeight
        + "%";
  }
}
