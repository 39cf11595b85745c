package org.meridian.tenancy.office;

import java.util.regex.Pattern;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.RefusedArgumentException;

/**
 * The short, URL-safe name of an office: {@code gambia}, {@code hq}. It is the office's path prefix
 * ({@code /gambia/}) and its sub-domain, so it is lower-case letters, digits and hyphens.
 */
public record OfficeCode(String value) implements java.io.Serializable {

  private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

  public OfficeCode {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw new RefusedArgumentException(
          Refusal.of(
              "office.code_shape_0",
              "An office code is 2 to 40 lower-case letters, digits or hyphens, starting with a"
                  + " letter: got '{0}'",
              value));
    }
  }

  /** The code if {@code text} has the shape of one, else empty: for routing untrusted paths. */
  public static java.util.Optional<OfficeCode> parse(String text) {
    return text != null && SHAPE.matcher(text).matches()
        ? java.util.Optional.of(new OfficeCode(text))
        : java.util.Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}
