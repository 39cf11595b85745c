package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.meridian.workflow.network.NetworkHealth;
import org.meridian.workflow.network.OfficeHealth;

/** HQ's network overview: a line per office with its content counts. Each look is audited. */
@Named
@ViewScoped
public class NetworkOverview implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  @Inject private transient NetworkHealth health;
  @Inject private CurrentOffice currentOffice;

  private List<OfficeHealth> offices = List.of();

  @PostConstruct
  void init() {
    if (isAllowed()) {
      offices = health.overview(currentOffice.getEmail());
    }
  }

  /** Only HQ administrators see the whole network. */
  public boolean isAllowed() {
    return currentOffice.isHqAdmin();
  }

  public List<OfficeHealth> getOffices() {
    return offices;
  }

  public String when(Instant instant) {
    return instant == null ? ConsoleText.text("common.never") : WHEN.format(instant);
  }
}
