package org.meridian.content.translation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed between two versions of a text, word by word: a list of runs that are kept, added or
 * removed. Rich text is compared as the words a reader sees (markup dropped). Simple on purpose:
 * enough for a translator to see what to look at.
 */
public record TextChange(List<Run> runs) implements java.io.Serializable {

  /** Words compared at most: longer texts are shown as one removal and one addition. */
  static final int MAX_WORDS = 4000;

  private static final Pattern TOKEN = Pattern.compile("\\S+\\s*");

  public enum Kind {
    SAME,
    ADDED,
    REMOVED
  }

  /** A run of words (with the spaces after them) that are all kept, all added or all removed. */
  public record Run(Kind kind, String text) implements java.io.Serializable {}

  public TextChange {
    runs = List.copyOf(runs);
  }

  /** Whether anything was added or removed. */
  public boolean changed() {
    return runs.stream().anyMatch(r -> r.kind() != Kind.SAME);
  }

  /** The words of {@code before} and {@code after} compared by their longest common subsequence. */
  public static TextChange between(String before, String after) {
    List<String> a = words(before);
    List<String> b = words(after);
    List<Run> runs = new ArrayList<>();
    if ((long) a.size() * b.size() > (long) MAX_WORDS * MAX_WORDS / 4) {
      add(runs, Kind.REMOVED, String.join("", a));
      add(runs, Kind.ADDED, String.join("", b));
      return new TextChange(runs);
    }
    int[][] common = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        common[i][j] =
            same(a.get(i), b.get(j))
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      if (same(a.get(i), b.get(j))) {
        add(runs, Kind.SAME, b.get(j));
        i++;
        j++;
      } else if (common[i + 1][j] >= common[i][j + 1]) {
        add(runs, Kind.REMOVED, a.get(i++));
      } else {
        add(runs, Kind.ADDED, b.get(j++));
      }
    }
    while (i < a.size()) {
      add(runs, Kind.REMOVED, a.get(i++));
    }
    while (j < b.size()) {
      add(runs, Kind.ADDED, b.get(j++));
    }
    return new TextChange(runs);
  }

  /** The words a reader sees in rich text: tags dropped, common entities read. */
  public static String plainText(String html) {
    return html == null
        ? ""
        : html.replaceAll("<[^>]*>", " ")
            .replace("&nbsp;", " ")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
            .replaceAll("\\s+", " ")
            .strip();
  }

  private static boolean same(String a, String b) {
    return a.strip().equals(b.strip());
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = TOKEN.matcher(text == null ? "" : text);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  private static void add(List<Run> runs, Kind kind, String text) {
    if (text.isEmpty()) {
      return;
    }
    if (!runs.isEmpty() && runs.get(runs.size() - 1).kind() == kind) {
      Run last = runs.remove(runs.size() - 1);
      runs.add(new Run(kind, last.text() + text));
    } else {
      runs.add(new Run(kind, text));
    }
  }
}
