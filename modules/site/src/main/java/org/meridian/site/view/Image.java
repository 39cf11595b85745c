package org.meridian.site.view;

/**
 * An image as a page shows it: its address and renditions ({@code srcset}, {@code sizes}), its size
 * in pixels (so the page does not move when it arrives; 0 when unknown), its text alternative
 * ({@code ""} when decorative), whether it loads lazily (below the fold) and its credit line.
 */
public record Image(
    String src,
    String srcset,
    String sizes,
    String alt,
    int width,
    int height,
    boolean lazy,
    String credit) {

  public boolean hasSize() {
    return width > 0 && height > 0;
  }

  /** The same image, at another layout width and loading lazily or not. */
  public Image as(String newSizes, boolean loadLazily) {
    return new Image(src, srcset, newSizes, alt, width, height, loadLazily, credit);
  }
}
