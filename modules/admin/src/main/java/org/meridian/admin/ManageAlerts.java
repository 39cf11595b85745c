package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.meridian.content.alert.AlertDraft;
import org.meridian.content.alert.AlertLine;
import org.meridian.content.alert.AlertRefusedException;
import org.meridian.content.alert.AlertStatus;
import org.meridian.content.alert.NetworkAlerts;
import org.meridian.content.fields.InvalidFieldsException;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;

/**
 * The network alerts screen: HQ administrators alert the whole network or a region, a region's
 * administrators their region; each sees the alerts they may withdraw. Times are typed and shown in
 * the time zone of the office one works in.
 */
@Named
@ViewScoped
public class ManageAlerts implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject private NetworkAlerts alerts;
  @Inject private OfficeDirectory offices;
  @Inject private CurrentOffice currentOffice;

  private String audience = "";
  private String startsAt = "";
  private String endsAt = "";
  private String link = "";
  private final Map<String, String> messages = new LinkedHashMap<>();
  private List<String> languages = List.of();
  private List<OfficeRef> regions = List.of();
  private List<AlertLine> lines = List.of();

  @PostConstruct
  void init() {
    TreeSet<String> used = new TreeSet<>();
    offices.all().forEach(o -> o.languages().forEach(l -> used.add(l.value())));
    used.remove("en");
    languages = new java.util.ArrayList<>(List.of("en"));
    languages.addAll(used);
    languages.forEach(l -> messages.put(l, ""));
    regions = alerts.regionsFor(currentOffice.getEmail());
    if (!alerts.mayAlertNetwork(currentOffice.getEmail()) && !regions.isEmpty()) {
      audience = regions.get(0).code().value();
    }
    reload();
  }

  public boolean isAllowed() {
    return alerts.mayIssueAny(currentOffice.getEmail());
  }

  public boolean isNetworkAllowed() {
    return alerts.mayAlertNetwork(currentOffice.getEmail());
  }

  public String issue() {
    Map<String, String> typed =
        jakarta.faces.context.FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap();
    languages.forEach(l -> messages.put(l, typed.getOrDefault("message-" + l, "")));
    Instant start;
    Instant end;
    try {
      start = startsAt.isBlank() ? null : instant(startsAt);
    } catch (DateTimeParseException e) {
      Messages.errorOn("alert:startsAt", "alerts.give_start_or_empty");
      return null;
    }
    try {
      end = endsAt.isBlank() ? null : instant(endsAt);
    } catch (DateTimeParseException e) {
      Messages.errorOn("alert:endsAt", "alerts.give_end");
      return null;
    }
    try {
      AlertLine issued =
          alerts.issue(
              currentOffice.getEmail(), new AlertDraft(audience, start, end, link, messages));
      if (issued.status() == AlertStatus.SHOWING) {
        Messages.info("alerts.now_on_sites_0_1", issued.id(), when(issued.endsAt()));
      } else {
        Messages.info(
            "alerts.will_show_0_1_2", issued.id(), when(issued.startsAt()), when(issued.endsAt()));
      }
      startsAt = "";
      endsAt = "";
      link = "";
      messages.replaceAll((l, m) -> "");
      reload();
    } catch (InvalidFieldsException invalid) {
      // The service's reasons, in the reader's language where they say them by code.
      ConsoleText.fieldErrors(invalid)
          .forEach((field, message) -> Messages.refusalOn(clientId(field), message));
    } catch (AlertRefusedException refused) {
      Messages.refusal(refused);
    }
    return null;
  }

  public String withdraw(long id) {
    try {
      alerts.withdraw(currentOffice.getEmail(), id);
      Messages.info("alerts.withdrawn_0", id);
    } catch (AlertRefusedException refused) {
      Messages.refusal(refused);
    }
    reload();
    return null;
  }

  public boolean mayWithdraw(AlertLine line) {
    return line.status() == AlertStatus.SHOWING || line.status() == AlertStatus.SCHEDULED;
  }

  public String when(Instant instant) {
    return instant == null ? "" : SHOWN.format(instant.atZone(zone())) + " " + zone().getId();
  }

  public String zoneName() {
    return zone().getId();
  }

  public String audienceName(AlertLine line) {
    return line.audience().isEmpty()
        ? ConsoleText.text("alerts.every_office")
        : ConsoleText.text("alerts.region_0", line.audience());
  }

  public String languageName(String code) {
    jakarta.faces.context.FacesContext faces =
        jakarta.faces.context.FacesContext.getCurrentInstance();
    java.util.Locale reader =
        faces != null && faces.getViewRoot() != null
            ? faces.getViewRoot().getLocale()
            : java.util.Locale.ENGLISH;
    return java.util.Locale.forLanguageTag(code).getDisplayLanguage(reader) + " (" + code + ")";
  }

  public String direction(String code) {
    return new LanguageTag(code).direction();
  }

  private void reload() {
    lines = alerts.list(currentOffice.getEmail(), 50);
  }

  private Instant instant(String typed) {
    return LocalDateTime.parse(typed.strip()).atZone(zone()).toInstant();
  }

  private ZoneId zone() {
    return currentOffice.office().map(OfficeRef::timeZone).orElse(ZoneOffset.UTC);
  }

  private static String clientId(String field) {
    return field.startsWith("message-") || field.equals("messages")
        ? "alert:texts"
        : "alert:" + field;
  }

  public String getAudience() {
    return audience;
  }

  public void setAudience(String audience) {
    this.audience = audience == null ? "" : audience;
  }

  public String getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(String startsAt) {
    this.startsAt = startsAt == null ? "" : startsAt;
  }

  public String getEndsAt() {
    return endsAt;
  }

  public void setEndsAt(String endsAt) {
    this.endsAt = endsAt == null ? "" : endsAt;
  }

  public String getLink() {
    return link;
  }

  public void setLink(String link) {
    this.link = link == null ? "" : link;
  }

  public Map<String, String> getMessages() {
    return messages;
  }

  public List<String> getLanguages() {
    return languages;
  }

  public List<OfficeRef> getRegions() {
    return regions;
  }

  public List<AlertLine> getLines() {
    return lines;
  }
}
