package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.meridian.content.ContentNotFoundException;
import org.meridian.content.ContentSummary;
import org.meridian.content.EditorQueries;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.workflow.schedule.ScheduleRefusedException;
import org.meridian.workflow.schedule.ScheduleSummary;
import org.meridian.workflow.schedule.ScheduleTime;
import org.meridian.workflow.schedule.ScheduledAction;
import org.meridian.workflow.schedule.Scheduling;

/** Schedules one item's publish or unpublish (?item=N), lists and cancels its schedules. */
@Named
@ViewScoped
public class ScheduleItem implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Scheduling scheduling;
  @Inject private EditorQueries content;
  @Inject private CurrentOffice currentOffice;

  private ContentSummary item;
  private List<ScheduleSummary> schedules = List.of();
  private ScheduledAction action = ScheduledAction.PUBLISH;
  private String date;
  private String time;

  @PostConstruct
  void init() {
    String id =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("item");
    item = parse(id).flatMap(content::findForEditors).orElse(null);
    reload();
  }

  public void schedule() {
    if (item == null) {
      return;
    }
    Optional<LocalDate> day =
        read("schedule:date", date, LocalDate::parse, "content.schedule.bad_date");
    Optional<LocalTime> hour =
        read("schedule:time", time, LocalTime::parse, "content.schedule.bad_time");
    if (day.isEmpty() || hour.isEmpty()) {
      return;
    }
    try {
      ScheduleSummary made =
          scheduling.schedule(
              item.itemId(),
              action,
              LocalDateTime.of(day.get(), hour.get()),
              currentOffice.getEmail());
      if (made.action() == ScheduledAction.PUBLISH) {
        Messages.info(
            "content.schedule.will_publish_0_1", made.revisionNumber(), when(made.dueAt()));
      } else {
        Messages.info("content.schedule.will_unpublish_0", when(made.dueAt()));
      }
      date = null;
      time = null;
    } catch (ScheduleRefusedException e) {
      Messages.refusalOn("schedule:date", e);
    } catch (ContentNotFoundException e) {
      Messages.error("common.not_in_office_0", currentOffice.getCode());
    }
    reload();
  }

  public void cancel(ScheduleSummary schedule) {
    try {
      scheduling.cancel(schedule.id(), currentOffice.getEmail());
      Messages.info("content.schedule.cancelled_0", when(schedule.dueAt()));
    } catch (ScheduleRefusedException e) {
      Messages.refusal(e);
    }
    reload();
  }

  /** A time as the office reads it. */
  public String when(Instant instant) {
    return instant == null ? "" : ScheduleTime.shown(instant, zone());
  }

  public String getZone() {
    return zone().getId();
  }

  public boolean isFound() {
    return item != null;
  }

  public ContentSummary getItem() {
    return item;
  }

  public List<ScheduleSummary> getSchedules() {
    return schedules;
  }

  public ScheduledAction getAction() {
    return action;
  }

  public void setAction(ScheduledAction action) {
    this.action = action;
  }

  public String getDate() {
    return date;
  }

  public void setDate(String date) {
    this.date = date;
  }

  public String getTime() {
    return time;
  }

  public void setTime(String time) {
    this.time = time;
  }

  private void reload() {
    schedules = item == null ? List.of() : scheduling.forItem(item.itemId());
  }

  private ZoneId zone() {
    return currentOffice.office().map(OfficeRef::timeZone).orElse(ZoneOffset.UTC);
  }

  private static <T> Optional<T> read(
      String field, String text, java.util.function.Function<String, T> parser, String refusal) {
    if (text == null || text.isBlank()) {
      Messages.errorOn(field, refusal);
      return Optional.empty();
    }
    try {
      return Optional.of(parser.apply(text.strip()));
    } catch (DateTimeParseException e) {
      Messages.errorOn(field, refusal);
      return Optional.empty();
    }
  }

  private static Optional<Long> parse(String id) {
    try {
      return id == null ? Optional.empty() : Optional.of(Long.parseLong(id.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
