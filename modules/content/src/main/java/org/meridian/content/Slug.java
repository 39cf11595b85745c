package org.meridian.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The last part of an item's URL: lower-case words joined by hyphens ({@code about-us}). */
public record Slug(String value) {

  private static final Pattern SHAPE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  public static final int MAX_LENGTH = 120;

  public Slug {
    if (value == null || value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "A slug is lower-case letters and digits joined by single hyphens, at most "
              + MAX_LENGTH
              + " characters: got '"
              + value
              + "'");
    }
  }

  public static Optional<Slug> parse(String text) {
    return text != null && text.length() <= MAX_LENGTH && SHAPE.matcher(text).matches()
        ? Optional.of(new Slug(text))
        : Optional.empty();
  }

  /** A slug made from a title: accents dropped, anything else between words becomes a hyphen. */
  public static Slug fromTitle(String title) {
    String spelled =
        (title == null ? "" : title)
            .replace("œ", "oe")
            .replace("Œ", "Oe")
            .replace("æ", "ae")
            .replace("Æ", "Ae")
            .replace("ß", "ss")
            .replace("ø", "o")
            .replace("Ø", "O")
            .replace("ł", "l")
            .replace("Ł", "L")
            .replace("đ", "d")
            .replace("Đ", "D");
    String ascii =
        Normalizer.normalize(spelled, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    if (ascii.length() > MAX_LENGTH) {
      ascii = ascii.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    }
    if (ascii.isEmpty()) {
      throw new IllegalArgumentException("Cannot make a slug from '" + title + "': give one");
    }
    return new Slug(ascii);
  }

  @Override
  public String toString() {
    return value;
  }
}
