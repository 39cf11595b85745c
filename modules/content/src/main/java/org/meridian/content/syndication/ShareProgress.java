package org.meridian.content.syndication;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Where the sharing of an item stands for its office: its terms, how far the fan-out is ({@link
 * #done()} of {@link #total()}) and a line per office.
 */
public record ShareProgress(
    long syndicationId,
    boolean withdrawn,
    Audience audience,
    String audienceDetail,
    boolean mandatory,
    List<String> locked,
    String sharedBy,
    Instant sharedAt,
    String withdrawnBy,
    Instant withdrawnAt,
    int sourceRevision,
    List<Line> lines)
    implements Serializable {

  /** One receiving office's line of the report. */
  public record Line(
      String officeCode,
      String officeName,
      TargetState state,
      String reason,
      Long copyItemId,
      boolean behind,
      Instant finishedAt)
      implements Serializable {

    /** Whether the fan-out is done with this office (failed lines count, they say why). */
    public boolean done() {
      return !state.isOpen() && !behind;
    }
  }

  public int total() {
    return lines.size();
  }

  public long done() {
    return lines.stream().filter(Line::done).count();
  }

  public long count(TargetState state) {
    return lines.stream().filter(l -> l.state() == state).count();
  }

  public boolean finished() {
    return done() == total();
  }
}
