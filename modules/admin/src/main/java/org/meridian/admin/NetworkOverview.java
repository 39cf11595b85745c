package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.permission.NetworkAction;
import org.meridian.workflow.network.HealthColumn;
import org.meridian.workflow.network.NetworkHealth;
import org.meridian.workflow.network.OfficeHealth;

/**
 * HQ's network health dashboard: a row per office, sorted by any column and filtered by region
 * through the address ({@code ?sort=broken-links&region=west-central-africa}), so a view can be
 * bookmarked, works without JavaScript and exports as the same CSV. Each look is audited.
 */
@Named
@ViewScoped
public class NetworkOverview implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  @Inject private NetworkHealth health;
  @Inject private Clock clock;
  @Inject private CurrentOffice currentOffice;

  private List<OfficeHealth> offices = List.of();
  private List<OfficeRef> regions = List.of();
  private HealthColumn sort = HealthColumn.PROBLEMS;
  private String region = "";

  @PostConstruct
  void init() {
    if (!isAllowed()) {
      return;
    }
    Map<String, String> parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    sort = HealthColumn.named(parameters.get("sort"));
    regions = health.regions();
    String wanted = parameters.getOrDefault("region", "");
    region = regions.stream().anyMatch(r -> r.code().value().equals(wanted)) ? wanted : "";
    offices = health.overview(currentOffice.getEmail(), region, sort);
  }

  /** Only HQ administrators see the whole network. */
  public boolean isAllowed() {
    return currentOffice.mayInNetwork(NetworkAction.READ_ACROSS_OFFICES);
  }

  public List<OfficeHealth> getOffices() {
    return offices;
  }

  public List<OfficeRef> getRegions() {
    return regions;
  }

  public String getRegion() {
    return region;
  }

  public String getSort() {
    return sort.urlName();
  }

  /** The address that sorts the table by {@code column}, keeping the region. */
  public String sortedBy(String column) {
    return "network.xhtml?sort=" + HealthColumn.named(column).urlName() + regionParameter("&");
  }

  /** {@code ascending}/{@code descending}/{@code none} for the column's header (aria-sort). */
  public String ariaSort(String column) {
    HealthColumn named = HealthColumn.named(column);
    if (named != sort) {
      return "none";
    }
    return named == HealthColumn.OFFICE || named == HealthColumn.REGION
        ? "ascending"
        : "descending";
  }

  /** The CSV of exactly what the table shows. */
  public String getCsvAddress() {
    return "network-health.csv?sort=" + sort.urlName() + regionParameter("&");
  }

  public String when(Instant instant) {
    return instant == null ? ConsoleText.text("common.never") : WHEN.format(instant);
  }

  /** How long the oldest review has waited, in days or hours; empty when none waits. */
  public String waited(Instant since) {
    if (since == null) {
      return "";
    }
    Duration waited = Duration.between(since, clock.instant());
    return waited.toDays() >= 1
        ? ConsoleText.text("network.days_0", waited.toDays())
        : ConsoleText.text("network.hours_0", Math.max(0, waited.toHours()));
  }

  private String regionParameter(String separator) {
    return region.isEmpty()
        ? ""
        : separator + "region=" + URLEncoder.encode(region, StandardCharsets.UTF_8);
  }
}
