package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.meridian.content.mirror.MirrorDeniedException;
import org.meridian.content.mirror.MirrorReport;
import org.meridian.content.mirror.StaticMirror;
import org.meridian.tenancy.permission.OfficeAction;

/**
 * The static mirror of the current office's site ({@code admin/mirror.xhtml}, docs/mirror.md): its
 * folder on the server and when it was last written, a base address, "write or refresh" and a
 * download as a zip. For HQ administrators and the office's administrators; the service checks it
 * again.
 */
@Named
@ViewScoped
public class OfficeMirror implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final java.time.format.DateTimeFormatter WHEN =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject private CurrentOffice currentOffice;

  private String base;
  private MirrorReport report;
  private MirrorReport last;

  @PostConstruct
  void init() {
    if (isAllowed()) {
      last = mirrors().last(currentOffice.getCode(), currentOffice.getEmail()).orElse(null);
      base = last == null ? null : last.baseUrl();
    }
  }

  /**
   * The mirror service, looked up when used rather than kept in a field: its type is an interface
   * (implemented in the site module), and the bean travels with its session to another node.
   */
  private static StaticMirror mirrors() {
    return jakarta.enterprise.inject.spi.CDI.current().select(StaticMirror.class).get();
  }

  public boolean isAllowed() {
    return currentOffice.may(OfficeAction.WRITE_MIRROR);
  }

  /** Writes or refreshes the mirror for the base address given. */
  public void write() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      report = mirrors().write(currentOffice.getCode(), base, currentOffice.getEmail());
      last = report;
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              ConsoleText.text(
                  "mirror.written_0_1_2_3",
                  report.files(),
                  report.written(),
                  report.unchanged(),
                  report.removed()),
              null));
    } catch (IllegalArgumentException | MirrorDeniedException refused) {
      faces.addMessage(
          "mirror:base",
          new FacesMessage(FacesMessage.SEVERITY_ERROR, ConsoleText.refusal(refused), null));
    }
  }

  public String getBase() {
    return base;
  }

  public void setBase(String base) {
    this.base = base;
  }

  /** The report of the writing just done, with its problems. */
  public MirrorReport getReport() {
    return report;
  }

  /** What the mirror's folder holds now. */
  public MirrorReport getLast() {
    return last;
  }

  /** When the mirror was written, in the office's time zone (as the console gives times). */
  public String when(java.time.Instant instant) {
    java.time.ZoneId zone =
        currentOffice.office().map(o -> o.timeZone()).orElse(java.time.ZoneOffset.UTC);
    return WHEN.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
  }

  public String getZipAddress() {
    return "/admin/mirror/zip?office=" + currentOffice.getCode();
  }
}
