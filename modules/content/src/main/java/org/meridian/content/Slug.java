package org.meridian.content;

import com.ibm.icu.text.Transliterator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.meridian.tenancy.Refusal;

/** The last part of an item's URL: lower-case words joined by hyphens ({@code about-us}). */
public record Slug(String value) {

  private static final Pattern SHAPE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  public static final int MAX_LENGTH = 120;

  /** The prefix of the slug of a title that gives no usable letters even when transliterated. */
  static final String FALLBACK_PREFIX = "item-";

  /**
   * ICU's transforms: any script to Latin (Arabic, Cyrillic, Greek, Han as pinyin, Ethiopic,
   * Hebrew, Devanagari, Thai, Hangul, kana…), then Latin to plain ASCII (œ → oe, ß → ss, ł → l).
   * Transliterator instances are not documented as thread-safe: used under a lock (slugs are made
   * rarely, one title at a time).
   */
  private static final Transliterator TO_ASCII =
      Transliterator.getInstance("Any-Latin; Latin-ASCII");

  public Slug {
    if (value == null || value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
      throw new ContentRefusedException(
          Refusal.of(
              "content.slug_shape_0_1",
              "A slug is lower-case letters and digits joined by single hyphens, at most {0}"
                  + " characters: got '{1}'",
              MAX_LENGTH,
              value));
    }
  }

  public static Optional<Slug> parse(String text) {
    return text != null && text.length() <= MAX_LENGTH && SHAPE.matcher(text).matches()
        ? Optional.of(new Slug(text))
        : Optional.empty();
  }

  /**
   * A slug made from a title in any script: transliterated to Latin letters, accents dropped,
   * anything else between words becomes a hyphen, cut to {@link #MAX_LENGTH} at a word boundary
   * where possible. A title that still gives nothing (a script ICU cannot transliterate, only
   * symbols or emoji) gets {@code item-} and the first 8 hex digits of the SHA-256 of the title, so
   * that a slug is never empty and the same title gives the same slug.
   */
  public static Slug fromTitle(String title) {
    if (title == null || title.isBlank()) {
      throw new ContentRefusedException(
          Refusal.of(
              "content.slug_from_empty_title", "Cannot make a slug from an empty title: give one"));
    }
    String latin;
    synchronized (TO_ASCII) {
      latin = TO_ASCII.transliterate(title.strip());
    }
    String ascii =
        Normalizer.normalize(latin, Normalizer.Form.NFD)
            // Accents, and the half rings that mark ʿayn and hamza in romanised Arabic.
            .replaceAll("[\\p{M}\\p{Lm}]", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    if (ascii.isEmpty()) {
      return new Slug(FALLBACK_PREFIX + hash(title.strip()));
    }
    return new Slug(cut(ascii, MAX_LENGTH));
  }

  /**
   * Whether this address is the one {@link #fromTitle} made of {@code title} (or a numbered
   * candidate of it): an address nobody chose, which may follow the title while the item is a
   * draft.
   */
  public boolean madeFrom(String title) {
    if (title == null || title.isBlank()) {
      return false;
    }
    Slug made = fromTitle(title);
    if (value.equals(made.value())) {
      return true;
    }
    int hyphen = value.lastIndexOf('-');
    String suffix = hyphen < 0 ? "" : value.substring(hyphen + 1);
    if (suffix.isEmpty() || suffix.length() > 3 || !suffix.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int n = Integer.parseInt(suffix);
    return n >= 2 && made.numbered(n).value().equals(value);
  }

  /**
   * The {@code n}th candidate for this slug when it is taken: {@code title-2}, {@code title-3}…,
   * the slug shortened as needed so that the suffix fits.
   */
  public Slug numbered(int n) {
    if (n < 2) {
      throw new IllegalArgumentException("Numbered slugs start at 2");
    }
    String suffix = "-" + n;
    return new Slug(cut(value, MAX_LENGTH - suffix.length()) + suffix);
  }

  private static String cut(String slug, int max) {
    if (slug.length() <= max) {
      return slug;
    }
    String cut = slug.substring(0, max);
    int lastHyphen = cut.lastIndexOf('-');
    // Cut at the last word boundary when there is one in the second half; mid-word otherwise.
    if (slug.charAt(max) != '-' && lastHyphen > max / 2) {
      cut = cut.substring(0, lastHyphen);
    }
    return cut.replaceAll("-+$", "");
  }

  private static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
