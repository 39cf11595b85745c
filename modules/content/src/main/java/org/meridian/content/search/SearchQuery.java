package org.meridian.content.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.meridian.content.search.internal.Words;
import org.meridian.tenancy.Refusal;

/**
 * What a visitor or editor typed, cleaned: Unicode-normalised, control characters and markup
 * characters dropped, white space collapsed. The raw text is never handed to a query parser as
 * syntax: it is read here, once, into {@link #alternatives()} that both engines search for in the
 * same way, as on a web search engine:
 *
 * <ul>
 *   <li>words separated by spaces must all be found ({@code migration senegal});
 *   <li>{@code or} between words gives alternatives: {@code a b or c d} finds documents with a and
 *       b, or with c and d (as PostgreSQL's {@code websearch_to_tsquery} reads it);
 *   <li>words in double quotes are a phrase, found only as those words in that order;
 *   <li>a word ending in {@code *} is a prefix ({@code migr*}), when it has at least {@value
 *       #MIN_PREFIX} letters; a shorter one is a plain word;
 *   <li>a word or phrase after {@code -} must not be found ({@code water -sanitation});
 *       alternatives with nothing to find are dropped;
 *   <li>anything else ({@code & | ! : ( )}, an unclosed quote) only separates words.
 * </ul>
 *
 * <p>Words are lower-cased and folded ({@link Words#fold}): accents do not matter.
 *
 * @param text the cleaned text, at most {@value #MAX_LENGTH} characters; empty when nothing was
 *     asked
 */
public record SearchQuery(String text) {

  /** Longer requests are refused: nobody types more, and a long one is only work for the server. */
  public static final int MAX_LENGTH = 200;

  /** At most this many words are searched for; the rest are ignored. */
  public static final int MAX_WORDS = 12;

  /** A shorter prefix would match too much to be useful. */
  public static final int MIN_PREFIX = 3;

  public static final SearchQuery EMPTY = new SearchQuery("");

  /**
   * One thing asked for: a word ({@code words} of one), or a phrase (several words in order); a
   * prefix when {@code prefix} (one word); something that must not be found when {@code negated}.
   */
  public record Clause(List<String> words, boolean prefix, boolean negated) {

    public Clause {
      words = List.copyOf(words);
      if (words.isEmpty()) {
        throw new IllegalArgumentException("A clause has at least one word");
      }
    }

    public boolean phrase() {
      return words.size() > 1;
    }
  }

  public SearchQuery {
    text = clean(text);
    if (text.length() > MAX_LENGTH) {
      throw tooLong();
    }
  }

  private static SearchQueryException tooLong() {
    return new SearchQueryException(
        Refusal.of(
            "search.at_most_0_characters",
            "Search for at most {0} characters (a few words are enough).",
            MAX_LENGTH));
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
      throw tooLong();
    }
    return new SearchQuery(raw);
  }

  /** Whether there is nothing to search for. */
  public boolean isEmpty() {
    return alternatives().isEmpty();
  }

  /**
   * The words to be found (not those after a minus), lower-cased and folded, without repeats: what
   * snippets highlight.
   */
  public List<String> words() {
    return alternatives().stream()
        .flatMap(List::stream)
        .filter(c -> !c.negated())
        .flatMap(c -> c.words().stream())
        .distinct()
        .toList();
  }

  /**
   * What is asked for: a document matches when it matches every clause of one of the alternatives.
   * Each alternative has at least one clause that is not negated; at most {@value #MAX_WORDS} words
   * in all are read, the rest ignored. Empty when there is nothing to search for.
   */
  public List<List<Clause>> alternatives() {
    List<List<Clause>> alternatives = new ArrayList<>();
    List<Clause> current = new ArrayList<>();
    int words = 0;
    int i = 0;
    while (i < text.length() && words < MAX_WORDS) {
      char c = text.charAt(i);
      if (c == ' ') {
        i++;
        continue;
      }
      boolean negated = false;
      while (i < text.length() && text.charAt(i) == '-') {
        negated = true;
        i++;
      }
      if (i >= text.length()) {
        break;
      }
      String token;
      boolean quoted = text.charAt(i) == '"';
      if (quoted) {
        int close = text.indexOf('"', i + 1);
        int end = close < 0 ? text.length() : close;
        token = text.substring(i + 1, end);
        i = end + 1;
      } else {
        int end = i;
        while (end < text.length() && text.charAt(end) != ' ' && text.charAt(end) != '"') {
          end++;
        }
        token = text.substring(i, end);
        i = end;
      }
      if (!quoted && !negated && token.equalsIgnoreCase("or")) {
        if (!current.isEmpty()) {
          alternatives.add(current);
          current = new ArrayList<>();
        }
        continue;
      }
      List<String> tokenWords = Words.of(token);
      if (tokenWords.isEmpty()) {
        continue;
      }
      tokenWords = tokenWords.subList(0, Math.min(tokenWords.size(), MAX_WORDS - words));
      words += tokenWords.size();
      boolean prefix =
          !quoted
              && token.endsWith("*")
              && tokenWords.size() == 1
              && tokenWords.get(0).length() >= MIN_PREFIX;
      Clause clause = new Clause(tokenWords, prefix, negated);
      if (!current.contains(clause)) {
        current.add(clause);
      }
    }
    alternatives.add(current);
    return alternatives.stream()
        .filter(a -> a.stream().anyMatch(c -> !c.negated()))
        .distinct()
        .map(List::copyOf)
        .toList();
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
