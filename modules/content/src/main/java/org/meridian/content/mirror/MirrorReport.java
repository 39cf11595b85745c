package org.meridian.content.mirror;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What writing a mirror did: where ({@code folder} on the server), for which base address, how many
 * files it holds, how many were written because they are new or changed, how many were left as they
 * were and how many removed; {@code problems} names links of the site that lead nowhere (they are
 * broken on the live site too) and files that could not be read.
 */
public record MirrorReport(
    String office,
    String baseUrl,
    String folder,
    Instant writtenAt,
    Duration took,
    int files,
    int written,
    int unchanged,
    int removed,
    List<String> problems)
    implements java.io.Serializable {

  public MirrorReport {
    problems = List.copyOf(problems);
  }

  /** The report as lines of text (the command line prints it). */
  public String text() {
    StringBuilder text =
        new StringBuilder()
            .append("mirror of ")
            .append(office)
            .append(" for ")
            .append(baseUrl)
            .append(" in ")
            .append(folder)
            .append('\n')
            .append("files: ")
            .append(files)
            .append(", written: ")
            .append(written)
            .append(", unchanged: ")
            .append(unchanged)
            .append(", removed: ")
            .append(removed)
            .append(" (")
            .append(took.toMillis())
            .append(" ms)\n");
    problems.forEach(p -> text.append("problem: ").append(p).append('\n'));
    return text.toString();
  }
}
