package org.meridian.site.view;

/**
 * An image as a page shows it: its address and renditions ({@code srcset}, {@code sizes}), its size
 * in pixels (so the page does not move when it arrives; 0 when unknown), its text alternative
 * ({@code ""} when decorative), whether it loads lazily (below the fold), its credit line and, for
 * a picture that a box of another shape may trim ({@code object-fit: cover}), the classes that keep
 * its focal point in view ({@code fx3 fy7}: 30 % across, 70 % down; null for the middle).
 */
public record Image(
    String src,
    String srcset,
    String sizes,
    String alt,
    int width,
    int height,
    boolean lazy,
    String credit,
    String focus) {

  /** An image without a focal point of its own (kept in the middle when trimmed). */
  public Image(
      String src,
      String srcset,
      String sizes,
      String alt,
      int width,
      int height,
      boolean lazy,
      String credit) {
    this(src, srcset, sizes, alt, width, height, lazy, credit, null);
  }

  /**
   * The classes of a focal point at {@code x}, {@code y} per cent, in steps of ten; null for the
   * middle, which needs none.
   */
  public static String focusClasses(int x, int y) {
    int fx = Math.max(0, Math.min(10, Math.round(x / 10f)));
    int fy = Math.max(0, Math.min(10, Math.round(y / 10f)));
    return fx == 5 && fy == 5 ? null : "fx" + fx + " fy" + fy;
  }

  public boolean hasSize() {
    return width > 0 && height > 0;
  }

  /** The same image, at another layout width and loading lazily or not. */
  public Image as(String newSizes, boolean loadLazily) {
    return new Image(src, srcset, newSizes, alt, width, height, loadLazily, credit, focus);
  }
}
