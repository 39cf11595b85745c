package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.meridian.content.ContentNotFoundException;
import org.meridian.content.RevisionDiff;
import org.meridian.content.syndication.Copies;
import org.meridian.content.syndication.CopyView;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.OfficeRef;

/**
 * Items other offices shared with the current office ({@code admin/shared.xhtml}): each copy with
 * its source, whether it is mandatory, what the office overrides, and a "source changed" flag;
 * decline (after a confirmation) or take back; with {@code ?item=N}, what changed in the source
 * since the office last reviewed it, and "Confirm" to clear the flag.
 */
@Named
@ViewScoped
public class SharedWithUs implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject private Copies copies;
  @Inject private TenantContext tenant;
  @Inject private CurrentOffice currentOffice;

  private List<CopyView> items = List.of();
  private Long selectedId;
  private CopyView selected;
  private RevisionDiff changes;
  private Long decliningId;

  @PostConstruct
  void init() {
    selectedId = id(external().getRequestParameterMap().get("item"));
    load();
  }

  private void load() {
    items = List.of();
    selected = null;
    changes = null;
    if (tenant.current().isEmpty()) {
      return;
    }
    items = copies.list();
    if (selectedId != null) {
      selected = copies.copyOf(selectedId).orElse(null);
      if (selected != null) {
        changes = copies.sourceChanges(selectedId);
      }
    }
  }

  public void askToDecline(long itemId) {
    decliningId = itemId;
  }

  public void cancelDecline() {
    decliningId = null;
  }

  public void decline() {
    if (decliningId == null) {
      return;
    }
    act(() -> copies.decline(decliningId, person()), "shared.declined_off_your_site");
    decliningId = null;
  }

  public void accept(long itemId) {
    act(() -> copies.accept(itemId, person()), "shared.taken_back_follows_source");
  }

  public void confirm() {
    if (selectedId == null) {
      return;
    }
    act(() -> copies.confirm(selectedId, person()), "shared.confirmed_reviewed_against_source");
  }

  /** Runs a step; says {@code doneKey} (a bundle key) or the service's refusal as it is. */
  private void act(Runnable step, String doneKey) {
    try {
      step.run();
      Messages.info(doneKey);
    } catch (IllegalArgumentException | ContentNotFoundException e) {
      Messages.refusal(e);
    }
    load();
  }

  public List<CopyView> getItems() {
    return items;
  }

  public CopyView getSelected() {
    return selected;
  }

  public boolean isNotFound() {
    return selectedId != null && selected == null;
  }

  public RevisionDiff getChanges() {
    return changes;
  }

  public CopyView getDeclining() {
    return decliningId == null
        ? null
        : items.stream().filter(c -> c.itemId() == decliningId).findFirst().orElse(null);
  }

  public String joined(List<String> names) {
    return names == null || names.isEmpty()
        ? ConsoleText.text("common.none")
        : String.join(", ", names);
  }

  public String statusLabel(CopyView copy) {
    return switch (copy.status()) {
      case CARRIED ->
          ConsoleText.text(copy.live() ? "shared.on_your_site" : "shared.carried_offline");
      case DECLINED -> ConsoleText.text("shared.declined");
      case WITHDRAWN -> ConsoleText.text("shared.withdrawn_by_0", copy.sourceOffice());
    };
  }

  public String when(Instant instant) {
    if (instant == null) {
      return "";
    }
    ZoneId zone = currentOffice.office().map(OfficeRef::timeZone).orElse(ZoneOffset.UTC);
    return WHEN.format(instant.atZone(zone));
  }

  private static Long id(String text) {
    if (text == null || text.isBlank() || text.length() > 18) {
      return null;
    }
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String person() {
    return external().getRemoteUser();
  }

  private static ExternalContext external() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }
}
