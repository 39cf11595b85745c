package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.meridian.content.archive.ImportJob;
import org.meridian.content.archive.ImportJobs;
import org.meridian.content.archive.ImportReport;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.permission.NetworkAction;

/**
 * HQ's office archives (docs/archive.md): export an office as a download, upload an archive to
 * import, and follow an import's progress and report ({@code ?job=}). The file transfers go to
 * {@link OfficeArchiveServlet}; this view only shows.
 */
@Named
@ViewScoped
public class OfficeArchives implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private OfficeDirectory offices;
  @Inject private ImportJobs jobs;
  @Inject private CurrentOffice currentOffice;

  private String jobId;

  /** A count of the report: what happened to how many parts of a kind. */
  public record Count(String outcome, String part, int count) implements Serializable {}

  @PostConstruct
  void init() {
    jobId =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("job");
  }

  public boolean isAllowed() {
    return currentOffice.mayInNetwork(NetworkAction.MANAGE_OFFICES);
  }

  public List<OfficeRef> getOffices() {
    return isAllowed() ? offices.all() : List.of();
  }

  /** The session's archive token, which the upload form carries. */
  public String getToken() {
    HttpSession session =
        (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(true);
    return OfficeArchiveServlet.token(session);
  }

  /** The import this view follows, if it is this person's. */
  public ImportJob getJob() {
    if (!isAllowed() || jobId == null) {
      return null;
    }
    return jobs.find(jobId, currentOffice.getEmail()).orElse(null);
  }

  public boolean isRunning() {
    ImportJob job = getJob();
    return job != null && !job.finished();
  }

  public List<Count> getCounts() {
    ImportJob job = getJob();
    if (job == null || !job.finished()) {
      return List.of();
    }
    List<Count> out = new ArrayList<>();
    for (Map.Entry<ImportReport.Outcome, Map<String, Integer>> byOutcome :
        job.report().counts().entrySet()) {
      byOutcome.getValue().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(e -> out.add(new Count(byOutcome.getKey().name(), e.getKey(), e.getValue())));
    }
    return out;
  }

  public List<ImportReport.Line> getLines() {
    ImportJob job = getJob();
    return job == null || !job.finished() ? List.of() : job.report().lines();
  }

  /** Why a line's part was refused or noted, in the view's language. */
  /**
   * A part of the report ({@code item}, {@code menu entry}) in the console's language; a part the
   * bundles do not name (a converter's own) as it is.
   */
  public String part(String part) {
    String word = ConsoleText.text("archives.part." + part.replace(' ', '_'));
    return word.startsWith("???") ? part : word;
  }

  public String why(ImportReport.Line line) {
    return line.why() == null ? "" : ConsoleText.refusal(line.why());
  }
}
