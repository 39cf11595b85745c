package org.meridian.content.search.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Snippets of matching text as HTML: every character of the text is escaped, and the only markup is
 * {@code <mark>} around the words that matched. Text that held markup shows it as text, never as
 * markup.
 */
public final class Snippets {

  /** About how many words a snippet shows. */
  public static final int WORDS = 30;

  private static final int BEFORE_MATCH = 8;

  private Snippets() {}

  /**
   * About {@value #WORDS} words of {@code text} around its first word that {@code matches} (or its
   * beginning), with the matching words marked.
   */
  public static String highlight(String text, Predicate<String> matches) {
    // A word's verdict is asked once per snippet (stemming is the costly part), and the text is cut
    // into segments only as far as needed: to the first match and one word past the snippet, which
    // tells it is cut. Only a text without a match is read to its end.
    Map<String, Boolean> verdicts = new HashMap<>();
    Predicate<String> marked =
        word -> verdicts.computeIfAbsent(Words.key(word), key -> matches.test(key));
    List<Words.Segment> segments = new ArrayList<>();
    List<Integer> wordIndex = new ArrayList<>();
    int first = -1;
    int wordNumber = 0;
    for (Iterator<Words.Segment> read = Words.segmentsOf(text); read.hasNext(); ) {
      Words.Segment segment = read.next();
      segments.add(segment);
      wordIndex.add(wordNumber);
      if (segment.word()) {
        if (first < 0 && marked.test(segment.text())) {
          first = wordNumber;
        }
        wordNumber++;
        if (first >= 0 && wordNumber > Math.max(0, first - BEFORE_MATCH) + WORDS) {
          break;
        }
      }
    }
    int from = Math.max(0, first - BEFORE_MATCH);
    int to = from + WORDS;
    StringBuilder html = new StringBuilder();
    if (from > 0) {
      html.append("… ");
    }
    boolean cut = false;
    boolean started = false;
    for (int i = 0; i < segments.size(); i++) {
      Words.Segment segment = segments.get(i);
      int n = wordIndex.get(i);
      if (n < from || (!segment.word() && !started)) {
        continue;
      }
      if (n >= to) {
        cut = true;
        break;
      }
      if (segment.word()) {
        started = true;
        if (marked.test(segment.text())) {
          html.append("<mark>").append(escape(segment.text())).append("</mark>");
        } else {
          html.append(escape(segment.text()));
        }
      } else {
        appendSpaced(html, segment.text());
      }
    }
    String out = html.toString().strip();
    return cut ? out + " …" : out;
  }

  /** A separator, escaped, with each run of white space as one space. */
  private static void appendSpaced(StringBuilder html, String separator) {
    boolean space = false;
    for (int i = 0; i < separator.length(); i++) {
      char c = separator.charAt(i);
      // What the regular expression \s matches.
      if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
        if (!space) {
          html.append(' ');
        }
        space = true;
      } else {
        appendEscaped(html, c);
        space = false;
      }
    }
  }

  public static String escape(String text) {
    StringBuilder html = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      appendEscaped(html, text.charAt(i));
    }
    return html.toString();
  }

  private static void appendEscaped(StringBuilder html, char c) {
    switch (c) {
      case '&' -> html.append("&amp;");
      case '<' -> html.append("&lt;");
      case '>' -> html.append("&gt;");
      case '"' -> html.append("&quot;");
      case '\'' -> html.append("&#39;");
      default -> html.append(c);
    }
  }
}
