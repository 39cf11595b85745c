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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meridian.content.ContentNotFoundException;
import org.meridian.content.EditableItem;
import org.meridian.content.EditorQueries;
import org.meridian.content.syndication.Audience;
import org.meridian.content.syndication.Copies;
import org.meridian.content.syndication.CopyView;
import org.meridian.content.syndication.ShareProgress;
import org.meridian.content.syndication.ShareRequest;
import org.meridian.content.syndication.SharedFields;
import org.meridian.content.syndication.Sharing;
import org.meridian.content.syndication.TargetState;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeType;

/**
 * An item's Share tab ({@code ?item=N}): for HQ's and regional offices' publishers and
 * administrators, share the item with all offices, a region or chosen offices (optionally
 * mandatory, with locked fields), follow the fan-out's progress and per-office report, retry the
 * offices that failed, withdraw it everywhere (after a confirmation). A copy's tab says where it
 * comes from and what it inherits.
 */
@Named
@ViewScoped
public class ShareItem implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject private Sharing sharing;
  @Inject private Copies copies;
  @Inject private EditorQueries queries;
  @Inject private TenantContext tenant;
  @Inject private OfficeDirectory offices;
  @Inject private CurrentOffice currentOffice;

  private Long itemId;
  private EditableItem item;
  private ShareProgress progress;
  private CopyView copy;
  private boolean confirmingWithdraw;

  private String audience = Audience.ALL.name();
  private String region;
  private String chosenOffices;
  private boolean mandatory;
  private List<String> locked = new ArrayList<>(SharedFields.DEFAULT_LOCKED);

  @PostConstruct
  void init() {
    itemId = id(external().getRequestParameterMap().get("item"));
    load();
  }

  private void load() {
    item = null;
    progress = null;
    copy = null;
    if (itemId == null || tenant.current().isEmpty()) {
      return;
    }
    try {
      item = queries.findEditable(itemId).orElse(null);
      if (item == null) {
        return;
      }
      copy = copies.copyOf(itemId).orElse(null);
      progress = sharing.progressOf(itemId).orElse(null);
    } catch (ContentNotFoundException e) {
      item = null;
    }
  }

  /** Shares the item as the form says; the fan-out starts in the background. */
  public void share() {
    if (item == null) {
      return;
    }
    try {
      Audience chosen = Audience.valueOf(audience);
      List<String> codes =
          chosenOffices == null
              ? List.of()
              : Arrays.stream(chosenOffices.split("[,\\s]+")).filter(c -> !c.isBlank()).toList();
      sharing.share(
          itemId,
          new ShareRequest(chosen, region, codes, mandatory, new java.util.HashSet<>(locked)),
          person());
      Messages.info("content.share.shared_in_background");
    } catch (IllegalArgumentException | ContentNotFoundException e) {
      Messages.refusal(e);
    }
    load();
  }

  public void askToWithdraw() {
    confirmingWithdraw = true;
  }

  public void cancelWithdraw() {
    confirmingWithdraw = false;
  }

  /** Withdraws the item from every office at once. */
  public void withdraw() {
    confirmingWithdraw = false;
    try {
      sharing.withdraw(itemId, person());
      Messages.info("content.share.withdrawn_being_taken_offline");
    } catch (IllegalArgumentException | ContentNotFoundException e) {
      Messages.refusal(e);
    }
    load();
  }

  /** Tries the failed offices again. */
  public void retry() {
    try {
      int retried = sharing.retryFailed(itemId, person());
      if (retried == 0) {
        Messages.info("content.share.no_office_failed");
      } else {
        Messages.info("content.share.0_offices_retried", retried);
      }
    } catch (IllegalArgumentException | ContentNotFoundException e) {
      Messages.refusal(e);
    }
    load();
  }

  public boolean isFound() {
    return item != null;
  }

  public EditableItem getItem() {
    return item;
  }

  public ShareProgress getProgress() {
    return progress;
  }

  public CopyView getCopy() {
    return copy;
  }

  public boolean isMayShare() {
    return item != null && copy == null && currentOffice.mayShare();
  }

  public boolean isConfirmingWithdraw() {
    return confirmingWithdraw;
  }

  public boolean isHq() {
    return tenant.current().map(o -> o.type() == OfficeType.HQ).orElse(false);
  }

  /** The regions this office may share with: every region for HQ, its own for a region. */
  public List<OfficeRef> getRegions() {
    OfficeRef office = tenant.current().orElse(null);
    if (office == null) {
      return List.of();
    }
    return offices.all().stream()
        .filter(o -> o.type() == OfficeType.REGIONAL)
        .filter(o -> office.type() == OfficeType.HQ || o.id() == office.id())
        .toList();
  }

  /** The fields of the item that copies inherit, by name, with their labels. */
  public Map<String, String> getLockableFields() {
    Map<String, String> fields = new LinkedHashMap<>();
    if (item != null) {
      for (String name : SharedFields.names(item.type())) {
        fields.put(SharedFields.label(item.type(), name), name);
      }
    }
    return fields;
  }

  public String stateLabel(ShareProgress.Line line) {
    String label =
        line.state() == TargetState.CARRIED && line.behind()
            ? ConsoleText.text("content.share.carried_updating")
            : ConsoleText.text("sharestate." + line.state().name());
    // The reason is the domain's own sentence (e.g. "does not publish in en"), shown as it is.
    return line.reason() == null || line.reason().isBlank()
        ? label
        : ConsoleText.text("content.share.state_0_reason_1", label, line.reason());
  }

  /** A list for a sentence: "Title, Body", or "none" in the view's language. */
  public String joined(List<String> names) {
    return names == null || names.isEmpty()
        ? ConsoleText.text("common.none")
        : String.join(", ", names);
  }

  /**
   * The sharing's terms: who shared it, when, with whom, and whether offices may decline (e.g.
   * "Shared by x on 2026-11-27 14:05 with all offices, mandatory.").
   */
  public String getTerms() {
    if (progress == null) {
      return "";
    }
    String with =
        switch (progress.audience()) {
          case ALL -> ConsoleText.text("content.share.with_all_offices");
          case REGION -> ConsoleText.text("content.share.with_region_0", progress.audienceDetail());
          case CHOSEN -> ConsoleText.text("content.share.with_chosen_offices");
        };
    return ConsoleText.text(
        progress.mandatory()
            ? "content.share.shared_by_0_on_1_with_2_mandatory"
            : "content.share.shared_by_0_on_1_with_2_may_decline",
        progress.sharedBy(),
        when(progress.sharedAt()),
        with);
  }

  /** How far the fan-out is: "3 of 5 offices done (2 carried, 0 declined, …)". */
  public String getProgressCount() {
    if (progress == null) {
      return "";
    }
    return ConsoleText.text(
        "content.share.0_of_1_offices_done_2_3_4_5_6",
        progress.done(),
        progress.total(),
        progress.count(TargetState.CARRIED),
        progress.count(TargetState.DECLINED),
        progress.count(TargetState.SKIPPED),
        progress.count(TargetState.FAILED),
        progress.count(TargetState.WITHDRAWN));
  }

  public String when(Instant instant) {
    if (instant == null) {
      return "";
    }
    ZoneId zone = currentOffice.office().map(OfficeRef::timeZone).orElse(ZoneOffset.UTC);
    return WHEN.format(instant.atZone(zone));
  }

  public String getAudience() {
    return audience;
  }

  public void setAudience(String audience) {
    this.audience = audience;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getChosenOffices() {
    return chosenOffices;
  }

  public void setChosenOffices(String chosenOffices) {
    this.chosenOffices = chosenOffices;
  }

  public boolean isMandatory() {
    return mandatory;
  }

  public void setMandatory(boolean mandatory) {
    this.mandatory = mandatory;
  }

  public List<String> getLocked() {
    return locked;
  }

  public void setLocked(List<String> locked) {
    this.locked = locked == null ? new ArrayList<>() : new ArrayList<>(locked);
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
