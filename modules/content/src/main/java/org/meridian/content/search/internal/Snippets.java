package org.meridian.content.search.internal;

import java.util.List;
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
    List<Words.Segment> segments = Words.segments(text);
    int first = -1;
    int wordNumber = 0;
    int[] wordIndex = new int[segments.size()];
    for (int i = 0; i < segments.size(); i++) {
      wordIndex[i] = wordNumber;
      if (segments.get(i).word()) {
        if (first < 0 && matches.test(Words.key(segments.get(i).text()))) {
          first = wordNumber;
        }
        wordNumber++;
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
      int n = wordIndex[i];
      if (n < from || (!segment.word() && !started)) {
        continue;
      }
      if (n >= to) {
        cut = true;
        break;
      }
      if (segment.word()) {
        started = true;
        if (matches.test(Words.key(segment.text()))) {
          html.append("<mark>").append(escape(segment.text())).append("</mark>");
        } else {
          html.append(escape(segment.text()));
        }
      } else {
        html.append(escape(segment.text().replaceAll("\\s+", " ")));
      }
    }
    String out = html.toString().strip();
    return cut ? out + " …" : out;
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
