package org.meridian.content.taxonomy;

import java.util.Optional;
import java.util.regex.Pattern;
import org.meridian.tenancy.Refusal;

/**
 * A theme's stable code ({@code migration}, {@code climate-action}): lower-case letters and digits
 * joined by single hyphens, starting with a letter, 2 to 40 characters. Integrators filter by it,
 * so it does not change once content carries the theme.
 */
public record ThemeCode(String value) {

  public static final int MAX_LENGTH = 40;
  private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

  public ThemeCode {
    if (value == null
        || value.length() < 2
        || value.length() > MAX_LENGTH
        || !SHAPE.matcher(value).matches()) {
      throw new TermRefusedException(
          Refusal.of(
              "taxonomy.theme_code_shape_0_1",
              "A theme code is 2 to {0} lower-case letters and digits joined by single hyphens,"
                  + " starting with a letter: got '{1}'",
              MAX_LENGTH,
              value == null ? "" : value));
    }
  }

  /** The code if {@code text} is one, else empty: for untrusted input such as query parameters. */
  public static Optional<ThemeCode> parse(String text) {
    try {
      return Optional.of(new ThemeCode(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
