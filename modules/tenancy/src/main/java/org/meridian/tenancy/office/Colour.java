package org.meridian.tenancy.office;

import java.util.Locale;
import java.util.regex.Pattern;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.RefusedArgumentException;

/**
 * A colour of an office's brand, written {@code #rrggbb} and nothing else: it is written into the
 * public pages' style as it is, so its shape is its safety (no {@code ;}, {@code }} or {@code url(}
 * can get through).
 */
public record Colour(String hex) implements java.io.Serializable {

  private static final Pattern SHAPE = Pattern.compile("#[0-9a-f]{6}");

  public static final Colour WHITE = new Colour("#ffffff");

  public Colour {
    hex = hex == null ? "" : hex.strip().toLowerCase(Locale.ROOT);
    if (!SHAPE.matcher(hex).matches()) {
      throw new RefusedArgumentException(
          Refusal.of(
              "office.colour_shape_0",
              "A colour is written #rrggbb, e.g. #0b4f8a: got '{0}'",
              hex));
    }
  }

  /** Whether {@code text} is written {@code #rrggbb} (any case, spaces around). */
  public static boolean isColour(String text) {
    return text != null && SHAPE.matcher(text.strip().toLowerCase(Locale.ROOT)).matches();
  }

  /** The WCAG 2.1 relative luminance, from 0 (black) to 1 (white). */
  public double luminance() {
    return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  }

  /** The WCAG 2.1 contrast ratio between this colour and {@code other}, from 1 to 21. */
  public double contrastWith(Colour other) {
    double a = luminance();
    double b = other.luminance();
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  private double channel(int start) {
    double value = Integer.parseInt(hex.substring(start, start + 2), 16) / 255.0;
    return value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
  }

  @Override
  public String toString() {
    return hex;
  }
}
