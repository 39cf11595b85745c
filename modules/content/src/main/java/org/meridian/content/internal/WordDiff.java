package org.meridian.content.internal;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.meridian.content.RevisionDiff.Kind;
import org.meridian.content.RevisionDiff.Paragraph;
import org.meridian.content.RevisionDiff.Segment;

/**
 * Compares two texts the way a reader does: first line by line (a line is a paragraph), then, in
 * paragraphs that changed, word by word. The longest-common-subsequence work is java-diff-utils';
 * this class only cuts the text into units and makes the result readable (a change shows its
 * deleted words, then its inserted words, rather than a comb of single words).
 */
public final class WordDiff {

  /** A word (letters, marks and digits), a run of white space, or one other character. */
  private static final Pattern TOKEN =
      Pattern.compile("[\\p{L}\\p{M}\\p{N}]+|\\s+|[^\\p{L}\\p{M}\\p{N}\\s]");

  private WordDiff() {}

  /** {@code text} as paragraphs that did not change. */
  public static List<Paragraph> unchanged(String text) {
    return lines(text).stream()
        .map(line -> new Paragraph(List.of(new Segment(Kind.SAME, line))))
        .toList();
  }

  /** The paragraphs of {@code after}, with what {@code before} had instead marked. */
  public static List<Paragraph> compare(String before, String after) {
    List<String> old = lines(before);
    List<String> now = lines(after);
    List<Paragraph> paragraphs = new ArrayList<>();
    int position = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
      for (; position < delta.getSource().getPosition(); position++) {
        paragraphs.add(whole(Kind.SAME, old.get(position)));
      }
      List<String> removed = delta.getSource().getLines();
      List<String> added = delta.getTarget().getLines();
      if (delta.getType() == DeltaType.CHANGE) {
        // Paragraphs that replace each other in place are compared word by word.
        int paired = Math.min(removed.size(), added.size());
        for (int i = 0; i < paired; i++) {
          paragraphs.add(new Paragraph(words(removed.get(i), added.get(i))));
        }
        removed
            .subList(paired, removed.size())
            .forEach(l -> paragraphs.add(whole(Kind.DELETED, l)));
        added.subList(paired, added.size()).forEach(l -> paragraphs.add(whole(Kind.INSERTED, l)));
      } else {
        removed.forEach(line -> paragraphs.add(whole(Kind.DELETED, line)));
        added.forEach(line -> paragraphs.add(whole(Kind.INSERTED, line)));
      }
      position += removed.size();
    }
    for (; position < old.size(); position++) {
      paragraphs.add(whole(Kind.SAME, old.get(position)));
    }
    return paragraphs;
  }

  /** The segments of one paragraph compared word by word. */
  static List<Segment> words(String before, String after) {
    List<String> old = tokens(before);
    List<String> now = tokens(after);
    List<Segment> raw = new ArrayList<>();
    int position = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
      for (; position < delta.getSource().getPosition(); position++) {
        raw.add(new Segment(Kind.SAME, old.get(position)));
      }
      delta.getSource().getLines().forEach(t -> raw.add(new Segment(Kind.DELETED, t)));
      delta.getTarget().getLines().forEach(t -> raw.add(new Segment(Kind.INSERTED, t)));
      position += delta.getSource().size();
    }
    for (; position < old.size(); position++) {
      raw.add(new Segment(Kind.SAME, old.get(position)));
    }
    return readable(raw);
  }

  /**
   * Groups the tokens into runs: white space alone between two changes joins the change, and each
   * run of changes reads as all its deleted text, then all its inserted text.
   */
  private static List<Segment> readable(List<Segment> tokens) {
    List<Segment> result = new ArrayList<>();
    StringBuilder same = new StringBuilder();
    StringBuilder deleted = new StringBuilder();
    StringBuilder inserted = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      Segment token = tokens.get(i);
      boolean inChange = deleted.length() > 0 || inserted.length() > 0;
      if (token.kind() == Kind.SAME
          && inChange
          && token.text().isBlank()
          && i + 1 < tokens.size()
          && tokens.get(i + 1).kind() != Kind.SAME) {
        deleted.append(token.text());
        inserted.append(token.text());
      } else if (token.kind() == Kind.SAME) {
        flushChange(result, deleted, inserted);
        same.append(token.text());
      } else {
        flush(result, Kind.SAME, same);
        (token.kind() == Kind.DELETED ? deleted : inserted).append(token.text());
      }
    }
    flush(result, Kind.SAME, same);
    flushChange(result, deleted, inserted);
    return result;
  }

  private static void flushChange(
      List<Segment> result, StringBuilder deleted, StringBuilder inserted) {
    // A change that only deleted (or only inserted) carries no shared white space on the other
    // side.
    boolean bothSides = !deleted.toString().isBlank() && !inserted.toString().isBlank();
    if (!bothSides) {
      if (deleted.toString().isBlank()) {
        deleted.setLength(0);
      }
      if (inserted.toString().isBlank()) {
        inserted.setLength(0);
      }
    }
    flush(result, Kind.DELETED, deleted);
    flush(result, Kind.INSERTED, inserted);
  }

  private static void flush(List<Segment> result, Kind kind, StringBuilder text) {
    if (text.length() > 0) {
      result.add(new Segment(kind, text.toString()));
      text.setLength(0);
    }
  }

  private static Paragraph whole(Kind kind, String line) {
    return new Paragraph(List.of(new Segment(kind, line)));
  }

  private static List<String> lines(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher matcher = TOKEN.matcher(text);
    while (matcher.find()) {
      tokens.add(matcher.group());
    }
    return tokens;
  }
}
