package org.meridian.content.search;

import java.text.Normalizer;
import java.util.List;
import org.meridian.content.search.internal.Words;

/**
 * What a visitor or editor typed, cleaned: Unicode-normalised, control characters and markup
 * characters dropped, white space collapsed. The words are what both engines search for; the raw
 * text is never handed to a query parser as syntax (PostgreSQL gets it through {@code
 * websearch_to_tsquery}, which accepts any text).
 *
 * @param text the cleaned text, at most {@value #MAX_LENGTH} characters; empty when nothing was
 *     asked
 */
public record SearchQuery(String text) {

  /** Longer requests are refused: nobody types more, and a long one is only work for the server. */
  public static final int MAX_LENGTH = 200;

  /** At most this many words are searched for; the rest are ignored. */
  public static final int MAX_WORDS = 12;

  public static final SearchQuery EMPTY = new SearchQuery("");

  public SearchQuery {
    text = clean(text);
    if (text.length() > MAX_LENGTH) {
      throw new SearchQueryException(
          "Search for at most " + MAX_LENGTH + " characters (a few words are enough).");
    }
  }

  /**
   * The query for {@code raw} (null: empty).
   *
   * @throws SearchQueryException when it is longer than {@value #MAX_LENGTH} characters once
   *     cleaned
   */
  public static SearchQuery of(String raw) {
    if (raw != null && raw.length() > MAX_LENGTH * 8) {
      // Not even worth cleaning.
      throw new SearchQueryException(
          "Search for at most " + MAX_LENGTH + " characters (a few words are enough).");
    }
    return new SearchQuery(raw);
  }

  /** Whether there is nothing to search for. */
  public boolean isEmpty() {
    return words().isEmpty();
  }

  /** The words asked for, lower-cased, at most {@value #MAX_WORDS}, without repeats. */
  public List<String> words() {
    return Words.of(text).stream().distinct().limit(MAX_WORDS).toList();
  }

  private static String clean(String raw) {
    if (raw == null) {
      return "";
    }
    String normal = Normalizer.normalize(raw, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(Math.min(normal.length(), MAX_LENGTH * 2));
    normal
        .codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c)
                  || Character.getType(c) == Character.PRIVATE_USE
                  || Character.getType(c) == Character.FORMAT
                  || c == '<'
                  || c == '>'
                  || c == '&'
                  || c == '\\') {
                out.append(' ');
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString().replaceAll("\\s+", " ").strip();
  }
}
