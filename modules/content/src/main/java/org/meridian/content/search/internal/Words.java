package org.meridian.content.search.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Cuts text into words: runs of letters, digits and combining marks (so Arabic with its vowel signs
 * stays one word), Unicode-normalised and lower-cased. Everything else separates words.
 *
 * <p>Words are also <em>folded</em> ({@link #fold}): accents and other diacritics of Latin and
 * Greek letters, and Arabic harakat, hamza seats and tatweel, are dropped, so that {@code
 * réintégration} and {@code reintegration}, {@code الْهِجْرَة} and {@code الهجرة} are one word to a
 * search. Both engines fold the indexed text and the query the same way, in Java, before stemming:
 * PostgreSQL needs no {@code unaccent} extension for it.
 */
public final class Words {

  /** Longer "words" (a pasted hash, a URL's tail) are not indexed. */
  public static final int MAX_WORD = 64;

  private Words() {}

  /** The words of {@code text}, in order, lower-cased and folded. */
  public static List<String> of(String text) {
    List<String> words = new ArrayList<>();
    for (Segment segment : segments(text)) {
      if (segment.word()) {
        String word = fold(lower(segment.text()));
        if (!word.isEmpty() && word.length() <= MAX_WORD) {
          words.add(word);
        }
      }
    }
    return words;
  }

  /** Letters that carry no combining mark to drop but are written without one when folded. */
  private static final Map<Integer, String> LETTERS =
      Map.ofEntries(
          Map.entry((int) 'ß', "ss"),
          Map.entry((int) 'ẞ', "ss"),
          Map.entry((int) 'æ', "ae"),
          Map.entry((int) 'Æ', "ae"),
          Map.entry((int) 'œ', "oe"),
          Map.entry((int) 'Œ', "oe"),
          Map.entry((int) 'ø', "o"),
          Map.entry((int) 'Ø', "o"),
          Map.entry((int) 'đ', "d"),
          Map.entry((int) 'Đ', "d"),
          Map.entry((int) 'ð', "d"),
          Map.entry((int) 'Ð', "d"),
          Map.entry((int) 'ł', "l"),
          Map.entry((int) 'Ł', "l"),
          Map.entry((int) 'ħ', "h"),
          Map.entry((int) 'Ħ', "h"),
          Map.entry((int) 'ı', "i"),
          Map.entry((int) 'ŀ', "l"),
          Map.entry((int) 'ſ', "s"),
          Map.entry(0x0640, "")); // Arabic tatweel: stretches a word, means nothing

  /**
   * {@code text} with the diacritics a search ignores dropped: combining marks on Latin, Greek and
   * Arabic letters (é→e, ç→c, ά→α, أ→ا, ؤ→و, harakat and shadda), a few letters written as others
   * ({@code ß}→{@code ss}, {@code œ}→{@code oe}, {@code ø}→{@code o}, {@code ł}→{@code l}) and the
   * tatweel. Marks on other scripts (Devanagari vowel signs, say) are part of the letters and stay.
   * Case is left alone; separators are left where they are (so a folded text cuts into the same
   * words). The result is NFC.
   */
  public static String fold(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    if (isPlainAscii(text)) {
      return text;
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    Character.UnicodeScript base = Character.UnicodeScript.COMMON;
    for (int i = 0; i < decomposed.length(); ) {
      int c = decomposed.codePointAt(i);
      i += Character.charCount(c);
      int type = Character.getType(c);
      boolean mark =
          type == Character.NON_SPACING_MARK
              || type == Character.COMBINING_SPACING_MARK
              || type == Character.ENCLOSING_MARK;
      if (mark) {
        if (!folds(base)) {
          out.appendCodePoint(c);
        }
        continue;
      }
      base = Character.UnicodeScript.of(c);
      String letter = LETTERS.get(c);
      if (letter != null) {
        out.append(letter);
      } else {
        out.appendCodePoint(c);
      }
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  private static boolean folds(Character.UnicodeScript script) {
    return script == Character.UnicodeScript.LATIN
        || script == Character.UnicodeScript.GREEK
        || script == Character.UnicodeScript.ARABIC;
  }

  private static boolean isPlainAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** A piece of text: a word or what stands between two words. */
  public record Segment(String text, boolean word) {}

  /** {@code text} cut into words and separators that, joined, give the normalised text back. */
  public static List<Segment> segments(String text) {
    List<Segment> out = new ArrayList<>();
    segmentsOf(text).forEachRemaining(out::add);
    return out;
  }

  /**
   * The segments of {@code text} ({@link #segments}), cut as they are asked for: a snippet reads a
   * long body only as far as its first match and the words after it.
   */
  public static java.util.Iterator<Segment> segmentsOf(String text) {
    String normal =
        text == null || text.isEmpty() ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    return new java.util.Iterator<>() {
      private int at;

      @Override
      public boolean hasNext() {
        return at < normal.length();
      }

      @Override
      public Segment next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        int start = at;
        boolean word = isWordChar(normal.codePointAt(at));
        while (at < normal.length()) {
          int c = normal.codePointAt(at);
          if (isWordChar(c) != word) {
            break;
          }
          at += Character.charCount(c);
        }
        return new Segment(normal.substring(start, at), word);
      }
    };
  }

  /** A word as both engines compare it: lower-cased and folded. */
  public static String key(String word) {
    return fold(lower(word));
  }

  public static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }

  private static boolean isWordChar(int c) {
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  /**
   * Text as it may be stored: without control characters (PostgreSQL refuses NUL) and without
   * private-use characters (which mean nothing to anyone else).
   */
  public static String storable(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if ((Character.isISOControl(c) && c != '\n' && c != '\t')
                  || Character.getType(c) == Character.PRIVATE_USE) {
                out.append(' ');
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }
}
