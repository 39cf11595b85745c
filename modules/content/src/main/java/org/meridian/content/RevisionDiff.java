package org.meridian.content;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.meridian.content.internal.WordDiff;

/**
 * What changed between two revisions of an item, field by field, for people to read: each field (by
 * its label, in the editor's order) is unchanged or changed; a changed field shows its text
 * paragraph by paragraph, with the words deleted and inserted marked.
 *
 * @param from the number of the older side (the base)
 * @param to the number of the newer side
 */
public record RevisionDiff(int from, int to, List<Field> fields) implements Serializable {

  public RevisionDiff {
    fields = List.copyOf(fields);
  }

  /** Compares two revisions over {@link Revision#comparableFields()}. */
  public static RevisionDiff between(Revision from, Revision to) {
    return of(from.number(), from.comparableFields(), to.number(), to.comparableFields());
  }

  /**
   * Compares two sets of labelled texts; a label present on one side only compares with empty text.
   * Fields empty on both sides (a hero image nobody chose) are left out: they say nothing.
   */
  public static RevisionDiff of(
      int fromNumber, Map<String, String> before, int toNumber, Map<String, String> after) {
    Set<String> labels = new LinkedHashSet<>(before.keySet());
    labels.addAll(after.keySet());
    List<Field> fields = new ArrayList<>();
    for (String label : labels) {
      String old = Objects.requireNonNullElse(before.get(label), "");
      String now = Objects.requireNonNullElse(after.get(label), "");
      if (old.isEmpty() && now.isEmpty()) {
        continue;
      }
      fields.add(
          old.equals(now)
              ? new Field(label, false, WordDiff.unchanged(now))
              : new Field(label, true, WordDiff.compare(old, now)));
    }
    return new RevisionDiff(fromNumber, toNumber, fields);
  }

  /** Whether any field changed. */
  public boolean changed() {
    return fields.stream().anyMatch(Field::changed);
  }

  /** The labels of the fields that changed, in order. */
  public List<String> changedLabels() {
    return fields.stream().filter(Field::changed).map(Field::label).toList();
  }

  /** One field of the comparison: its label, whether it changed, and its paragraphs. */
  public record Field(String label, boolean changed, List<Paragraph> paragraphs)
      implements Serializable {
    public Field {
      paragraphs = List.copyOf(paragraphs);
    }
  }

  /** One paragraph (a line of a field's text) as a run of segments. */
  public record Paragraph(List<Segment> segments) implements Serializable {
    public Paragraph {
      segments = List.copyOf(segments);
    }

    /** Whether any word of the paragraph was deleted or inserted. */
    public boolean changed() {
      return segments.stream().anyMatch(s -> s.kind() != Kind.SAME);
    }
  }

  /** A run of text that both sides share, or that only the older or only the newer side has. */
  public record Segment(Kind kind, String text) implements Serializable {
    public Segment {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(text, "text");
    }
  }

  public enum Kind {
    SAME,
    DELETED,
    INSERTED
  }
}
