package org.meridian.content.archive;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One import running in the background, for the console: where it is (phase, done of total) and,
 * once finished, its report. Read from other threads: its state is volatile.
 */
public final class ImportJob implements ImportProgress {

  private final String id = UUID.randomUUID().toString();
  private final String actor;
  private final String as;
  private final Path file;
  private final Instant started;
  private volatile String phase = "checking";
  private volatile long done;
  private volatile long total;
  private volatile ImportReport report;

  private final transient java.util.function.Function<ImportProgress, ImportReport> work;

  ImportJob(
      Path file,
      String as,
      String actor,
      Instant started,
      java.util.function.Function<ImportProgress, ImportReport> work) {
    this.work = Objects.requireNonNull(work, "work");
    this.file = Objects.requireNonNull(file, "file");
    this.as = as;
    this.actor = Objects.requireNonNull(actor, "actor");
    this.started = started;
  }

  @Override
  public void at(String phase, long done, long total) {
    this.phase = phase;
    this.done = done;
    this.total = total;
  }

  public String id() {
    return id;
  }

  public String actor() {
    return actor;
  }

  public String as() {
    return as;
  }

  java.util.function.Function<ImportProgress, ImportReport> work() {
    return work;
  }

  Path file() {
    return file;
  }

  public Instant started() {
    return started;
  }

  public String phase() {
    return phase;
  }

  public long done() {
    return done;
  }

  public long total() {
    return total;
  }

  /** How far, 0 to 100, through the current phase. */
  public int percent() {
    long t = total;
    return t <= 0 ? 0 : (int) Math.min(100, done * 100 / t);
  }

  public boolean finished() {
    return report != null;
  }

  /** The report once finished, else {@code null}. */
  public ImportReport report() {
    return report;
  }

  void finish(ImportReport report) {
    this.phase = "done";
    this.report = Objects.requireNonNull(report, "report");
  }
}
