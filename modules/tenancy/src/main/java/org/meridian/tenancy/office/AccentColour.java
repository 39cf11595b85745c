package org.meridian.tenancy.office;

import java.util.Locale;
import java.util.regex.Pattern;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.RefusedArgumentException;

/**
 * An office's brand colour, {@code #0b4f8a}. The site uses it for links on white and as the
 * background of white text, so it must reach WCAG 2.1 AA contrast (4.5:1) against white.
 */
public record AccentColour(String hex) implements java.io.Serializable {

  /** WCAG 2.1 AA for normal text. */
  public static final double MIN_CONTRAST = 4.5;

  private static final Pattern SHAPE = Pattern.compile("#[0-9a-f]{6}");

  public static final AccentColour DEFAULT = new AccentColour("#0b4f8a");

  public AccentColour {
    hex = hex == null ? "" : hex.strip().toLowerCase(Locale.ROOT);
    if (!SHAPE.matcher(hex).matches()) {
      throw new RefusedArgumentException(
          Refusal.of(
              "office.colour_shape_0",
              "A colour is written #rrggbb, e.g. #0b4f8a: got '{0}'",
              hex));
    }
    double contrast = contrastWithWhite(hex);
    if (contrast < MIN_CONTRAST) {
      throw new RefusedArgumentException(
          Refusal.of(
              "office.colour_contrast_0_1_2",
              "The colour {0} has a contrast of {1}:1 with white; at least {2}:1 is needed so"
                  + " that text stays readable: choose a darker colour",
              hex,
              String.format(Locale.ROOT, "%.2f", contrast),
              String.format(Locale.ROOT, "%.1f", MIN_CONTRAST)));
    }
  }

  /** The WCAG contrast ratio between {@code hex} and white, from 1 to 21. */
  public static double contrastWithWhite(String hex) {
    double luminance =
        0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
    return 1.05 / (luminance + 0.05);
  }

  private static double channel(String hex, int start) {
    double value = Integer.parseInt(hex.substring(start, start + 2), 16) / 255.0;
    return value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
  }

  @Override
  public String toString() {
    return hex;
  }
}
