package org.meridian.content.archive;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Imports that run in the background while the console shows their progress: the uploaded file is
 * imported on the server's managed executor and deleted afterwards. The last few jobs are kept in
 * memory for the person who started them (a restart forgets them; the import itself is resumable).
 */
@ApplicationScoped
public class ImportJobs {

  private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());
  private static final int KEPT = 20;

  @Resource private ManagedExecutorService executor;
  @Inject private OfficeImport imports;
  @Inject private OfficeExport export;
  @Inject private Clock clock;
  @Inject private ImportJobs self;

  private final Map<String, ImportJob> jobs =
      new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ImportJob> eldest) {
          return size() > KEPT;
        }
      };

  /**
   * Starts importing {@code file} (which the job deletes when done) as office {@code as}.
   *
   * @throws ArchiveDeniedException for anyone but an HQ administrator
   */
  public ImportJob start(Path file, String as, String actor) {
    return start(file, as, actor, job -> imports.importArchive(file, as, actor, job));
  }

  /**
   * Starts {@code work} (an import of another kind, such as WordPress'), which reports its progress
   * to the job; {@code file} is deleted when it is done.
   */
  public ImportJob start(
      Path file, String as, String actor, Function<ImportProgress, ImportReport> work) {
    export.requireAllowed(actor);
    ImportJob job = new ImportJob(file, as, actor, clock.instant(), work);
    synchronized (jobs) {
      jobs.put(job.id(), job);
    }
    executor.submit(() -> self.run(job));
    return job;
  }

  /** The job {@code id}, for the person who started it only. */
  public Optional<ImportJob> find(String id, String actor) {
    synchronized (jobs) {
      return Optional.ofNullable(id == null ? null : jobs.get(id))
          .filter(job -> job.actor().equals(actor));
    }
  }

  /** Runs a job in a request context of its own (the import enters the target office in it). */
  @ActivateRequestContext
  public void run(ImportJob job) {
    try {
      job.finish(job.work().apply(job));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Archive import failed", e);
      ImportReport report = new ImportReport(job.as());
      report.refused("archive", null, OfficeImport.refusal(e));
      job.finish(report);
    } finally {
      try {
        Files.deleteIfExists(job.file());
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Could not delete " + job.file(), e);
      }
    }
  }
}
