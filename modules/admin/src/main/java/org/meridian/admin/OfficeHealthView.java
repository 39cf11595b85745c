package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.workflow.network.HealthRefusedException;
import org.meridian.workflow.network.HqOnlyException;
import org.meridian.workflow.network.NetworkHealth;
import org.meridian.workflow.network.OfficeHealthDetail;

/**
 * One office's site health in detail ({@code health.xhtml?of=code}; without a code, the office one
 * works in): for its administrators, and for HQ administrators (audited).
 */
@Named
@ViewScoped
public class OfficeHealthView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  @Inject private NetworkHealth health;
  @Inject private CurrentOffice currentOffice;

  private OfficeHealthDetail detail;
  private String refusal;

  @PostConstruct
  void init() {
    String wanted =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .getOrDefault("of", currentOffice.getCode());
    var code = OfficeCode.parse(wanted);
    if (code.isEmpty()) {
      refusal = ConsoleText.text("health.no_such_office");
      return;
    }
    try {
      detail = health.ofOffice(currentOffice.getEmail(), code.get());
    } catch (HealthRefusedException | HqOnlyException refused) {
      refusal = ConsoleText.refusal(refused);
    }
  }

  public boolean isAllowed() {
    return detail != null;
  }

  public String getRefusal() {
    return refusal;
  }

  public OfficeHealthDetail getDetail() {
    return detail;
  }

  /** Whether the office shown is the one the console works in (its items can be opened). */
  public boolean isOwnOffice() {
    return detail != null && detail.row().code().equals(currentOffice.getCode());
  }

  public String when(Instant instant) {
    return instant == null ? ConsoleText.text("common.never") : WHEN.format(instant);
  }
}
