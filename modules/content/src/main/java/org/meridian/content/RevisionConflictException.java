package org.meridian.content;

import java.util.Objects;

/**
 * A save refused because someone saved a newer revision after the one the editor started from.
 * Nothing was written. It carries what the others changed ({@code changes}: the base revision
 * compared with the latest) and the editor's own input, untouched, so that the editor sees both and
 * loses nothing.
 */
public class RevisionConflictException extends ContentConflictException {
  private static final long serialVersionUID = 1L;

  private final int basedOn;
  private final int latest;
  private final String latestAuthor;
  private final RevisionDiff changes;
  // RevisionInput is not serialisable; an exception is not meant to travel.
  private final transient RevisionInput yours;

  public RevisionConflictException(
      long itemId,
      int basedOn,
      int latest,
      String latestAuthor,
      RevisionDiff changes,
      RevisionInput yours) {
    super(
        itemId,
        "Someone saved a newer version while you were editing: you started from revision "
            + basedOn
            + ", the latest is revision "
            + latest
            + " by "
            + latestAuthor
            + " (changed: "
            + (changes.changedLabels().isEmpty()
                ? "nothing you can see"
                : String.join(", ", changes.changedLabels()))
            + "). Your text was not saved: it is kept for you to compare and save again.");
    this.basedOn = basedOn;
    this.latest = latest;
    this.latestAuthor = Objects.requireNonNull(latestAuthor, "latestAuthor");
    this.changes = Objects.requireNonNull(changes, "changes");
    this.yours = Objects.requireNonNull(yours, "yours");
  }

  /** The revision the editor started from. */
  public int basedOn() {
    return basedOn;
  }

  /** The item's latest revision now. */
  public int latest() {
    return latest;
  }

  public String latestAuthor() {
    return latestAuthor;
  }

  /** What changed between {@link #basedOn()} and {@link #latest()}. */
  public RevisionDiff changes() {
    return changes;
  }

  /** The editor's input, which was not written. */
  public RevisionInput yours() {
    return yours;
  }
}
