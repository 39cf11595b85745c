package org.meridian.it.pages;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the element with the keyboard focus shows it: its outline as the browser computed it, and
 * the colour behind it (the first ancestor with a background of its own).
 *
 * @param element the focused element's id, or its tag name
 * @param style the outline's style ({@code none} for none)
 * @param widthPx the outline's width in CSS pixels
 * @param color the outline's colour, {@code rgb(…)}
 * @param background the colour the outline is drawn on, {@code rgb(…)}
 */
public record FocusRing(
    String element, String style, double widthPx, String color, String background) {

  private static final Pattern RGB = Pattern.compile("rgba?\\(([^)]*)\\)");

  /** WCAG 1.4.11's contrast of the ring against what is behind it (1 to 21). */
  public double contrast() {
    double a = luminance(color);
    double b = luminance(background);
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  /** A visible ring: an outline of at least 2 px at 3:1 or more. */
  public boolean visible() {
    return !"none".equals(style) && widthPx >= 2 && contrast() >= 3;
  }

  private static double luminance(String css) {
    Matcher m = RGB.matcher(css.toLowerCase(Locale.ROOT));
    if (!m.find()) {
      throw new IllegalArgumentException("not a colour: " + css);
    }
    List<String> parts = List.of(m.group(1).split("\\s*,\\s*"));
    double[] rgb = new double[3];
    for (int i = 0; i < 3; i++) {
      double c = Double.parseDouble(parts.get(i).strip()) / 255;
      rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
  }

  @Override
  public String toString() {
    return element + ": " + style + " " + widthPx + "px " + color + " on " + background
        + String.format(Locale.ROOT, " (%.2f:1)", contrast());
  }
}
