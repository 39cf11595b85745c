package org.meridian.content.search.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts text into words: runs of letters, digits and combining marks (so Arabic with its vowel signs
 * stays one word), Unicode-normalised and lower-cased. Everything else separates words.
 */
public final class Words {

  /** Longer "words" (a pasted hash, a URL's tail) are not indexed. */
  public static final int MAX_WORD = 64;

  private Words() {}

  /** The words of {@code text}, in order, lower-cased. */
  public static List<String> of(String text) {
    List<String> words = new ArrayList<>();
    for (Segment segment : segments(text)) {
      if (segment.word() && segment.text().length() <= MAX_WORD) {
        words.add(lower(segment.text()));
      }
    }
    return words;
  }

  /** A piece of text: a word or what stands between two words. */
  public record Segment(String text, boolean word) {}

  /** {@code text} cut into words and separators that, joined, give the normalised text back. */
  public static List<Segment> segments(String text) {
    List<Segment> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    String normal = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder current = new StringBuilder();
    boolean inWord = false;
    for (int i = 0; i < normal.length(); ) {
      int c = normal.codePointAt(i);
      boolean wordChar = isWordChar(c);
      if (wordChar != inWord && current.length() > 0) {
        out.add(new Segment(current.toString(), inWord));
        current.setLength(0);
      }
      inWord = wordChar;
      current.appendCodePoint(c);
      i += Character.charCount(c);
    }
    if (current.length() > 0) {
      out.add(new Segment(current.toString(), inWord));
    }
    return out;
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
   * Text as it may be stored: without control characters (PostgreSQL refuses NUL) and without the
   * private-use characters that mark highlights in snippets.
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
