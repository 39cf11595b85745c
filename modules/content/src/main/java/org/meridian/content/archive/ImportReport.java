package org.meridian.content.archive;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.meridian.tenancy.Refusal;

/**
 * What an import did, part by part: each part of the archive was created, skipped (already there:
 * an earlier import brought it) or refused (with why). Notes say what was changed on the way in (a
 * body cleaned by the sanitiser, a theme this network lacks). Only refusals and notes are kept line
 * by line; created and skipped parts are counted.
 */
public final class ImportReport implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Lines kept at most; beyond, only counted (an archive of 10,000 refused items stays small). */
  public static final int MAX_LINES = 1000;

  public enum Outcome {
    CREATED,
    SKIPPED,
    REFUSED,
    NOTE
  }

  /** One part of the archive ({@code item 123}, {@code media 45}) and what happened to it. */
  public record Line(String part, String sourceId, Outcome outcome, Refusal why)
      implements Serializable {
    public Line {
      Objects.requireNonNull(part, "part");
      Objects.requireNonNull(outcome, "outcome");
    }

    /** The line in English, for the command line and the logs. */
    public String text() {
      return outcome.name().toLowerCase(java.util.Locale.ROOT)
          + " "
          + part
          + (sourceId == null ? "" : " " + sourceId)
          + (why == null ? "" : ": " + why.text());
    }
  }

  private final String office;
  private final Map<Outcome, Map<String, Integer>> counts = new EnumMap<>(Outcome.class);
  private final List<Line> lines = new ArrayList<>();
  private int linesLeftOut;

  public ImportReport(String office) {
    this.office = office;
  }

  /** The office the archive was imported into. */
  public String office() {
    return office;
  }

  public synchronized void add(String part, String sourceId, Outcome outcome, Refusal why) {
    counts.computeIfAbsent(outcome, o -> new java.util.TreeMap<>()).merge(part, 1, Integer::sum);
    if (outcome == Outcome.REFUSED || outcome == Outcome.NOTE) {
      if (lines.size() < MAX_LINES) {
        lines.add(new Line(part, sourceId, outcome, why));
      } else {
        linesLeftOut++;
      }
    }
  }

  public void created(String part, Object sourceId) {
    add(part, String.valueOf(sourceId), Outcome.CREATED, null);
  }

  public void skipped(String part, Object sourceId) {
    add(part, String.valueOf(sourceId), Outcome.SKIPPED, null);
  }

  public void refused(String part, Object sourceId, Refusal why) {
    add(part, sourceId == null ? null : String.valueOf(sourceId), Outcome.REFUSED, why);
  }

  public void note(String part, Object sourceId, Refusal why) {
    add(part, sourceId == null ? null : String.valueOf(sourceId), Outcome.NOTE, why);
  }

  /** How many parts of kind {@code part} had {@code outcome}. */
  public synchronized int count(Outcome outcome, String part) {
    return counts.getOrDefault(outcome, Map.of()).getOrDefault(part, 0);
  }

  public synchronized int total(Outcome outcome) {
    return counts.getOrDefault(outcome, Map.of()).values().stream().mapToInt(i -> i).sum();
  }

  /** Counts by outcome, then by part. */
  public synchronized Map<Outcome, Map<String, Integer>> counts() {
    Map<Outcome, Map<String, Integer>> copy = new EnumMap<>(Outcome.class);
    counts.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
    return copy;
  }

  /** Refusals and notes, in the order they happened. */
  public synchronized List<Line> lines() {
    return Collections.unmodifiableList(new ArrayList<>(lines));
  }

  public synchronized int linesLeftOut() {
    return linesLeftOut;
  }

  /** Whether anything was refused (the whole archive, or some part of it). */
  public boolean hasRefusals() {
    return total(Outcome.REFUSED) > 0;
  }

  /** The report in English, one line a part, then the counts. */
  public synchronized String text() {
    StringBuilder out = new StringBuilder();
    out.append("Import into ").append(office == null ? "(no office)" : office).append('\n');
    lines.forEach(line -> out.append(line.text()).append('\n'));
    if (linesLeftOut > 0) {
      out.append("... and ").append(linesLeftOut).append(" more lines\n");
    }
    for (Outcome outcome : Outcome.values()) {
      Map<String, Integer> byPart = counts.getOrDefault(outcome, Map.of());
      if (!byPart.isEmpty()) {
        out.append(outcome.name().toLowerCase(java.util.Locale.ROOT)).append(": ");
        out.append(
            String.join(
                ", ",
                byPart.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList()));
        out.append('\n');
      }
    }
    return out.toString();
  }
}
