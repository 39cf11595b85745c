package org.meridian.admin;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.people.AccountDirectory;
import org.meridian.tenancy.people.GrantRules;
import org.meridian.tenancy.people.OfficeRole;
import org.meridian.tenancy.permission.NetworkAction;
import org.meridian.tenancy.permission.OfficeAction;
import org.meridian.tenancy.permission.PermissionRule;

/**
 * The offices the signed-in person works in and the one they are working in now. Memberships and
 * the offices' status are read on every console request, so that a removed membership, a changed
 * role or a suspended office counts at once.
 */
@Named
@SessionScoped
public class CurrentOffice implements Serializable {

  private static final long serialVersionUID = 1L;

  // Not transient: the session moves between servers (a cluster's data grid) and Weld's proxies of
  // application-scoped beans travel with it, where a transient field would arrive null.
  @Inject private AccountDirectory accounts;
  @Inject private OfficeDirectory offices;

  private String email;
  private List<OfficeRole> all = List.of();
  private List<OfficeRole> usable = List.of();
  private List<OfficeRole> switchable = List.of();
  private OfficeRole current;

  /**
   * Loads the person's offices as they are now, on every console request: someone removed from an
   * office or given another role works with what they have now from their next request on.
   */
  void ensureLoadedFor(String signedInEmail) {
    if (!signedInEmail.equals(email)) {
      email = signedInEmail;
      current = null;
    }
    all = accounts.officesOf(signedInEmail);
  }

  /**
   * Takes the offices' current status from the directory and keeps only the offices the person may
   * work in now; when the current office is no longer one of them, moves to the first that is.
   */
  void checkOfficeStatus() {
    all =
        all.stream()
            .map(m -> offices.find(m.office().code()).map(m::withOffice).orElse(m))
            .toList();
    usable = PermissionRule.usable(all);
    switchable =
        PermissionRule.decide(usable, NetworkAction.WORK_IN_ANY_OFFICE)
            ? everyOffice()
            : withAdministeredRegions();
    String code = getCode();
    current =
        switchable.stream()
            .filter(m -> m.office().code().value().equals(code))
            .findFirst()
            .orElse(usable.isEmpty() ? null : usable.get(0));
  }

  /**
   * An HQ administrator may work in any active office of the network (the services let them act
   * everywhere): their own memberships first, then, as HQ administrator, every other active office.
   */
  private List<OfficeRole> everyOffice() {
    Set<String> own =
        usable.stream().map(m -> m.office().code().value()).collect(Collectors.toSet());
    List<OfficeRole> offices = new ArrayList<>(usable);
    this.offices.all().stream()
        .filter(o -> o.isActive() && !own.contains(o.code().value()))
        .map(PermissionRule::asNetworkAdministrator)
        .forEach(offices::add);
    return List.copyOf(offices);
  }

  /**
   * A regional office's administrators may also work in the active country offices of their region
   * (when HQ delegates the region to them), to administer them: their memberships first, then those
   * offices.
   */
  private List<OfficeRole> withAdministeredRegions() {
    List<OfficeRef> regions = PermissionRule.administeredRegions(usable);
    if (regions.isEmpty()) {
      return usable;
    }
    Set<String> own =
        usable.stream().map(m -> m.office().code().value()).collect(Collectors.toSet());
    List<OfficeRole> offices = new ArrayList<>(usable);
    this.offices.all().stream()
        .filter(o -> o.isActive() && !own.contains(o.code().value()))
        .filter(o -> regions.stream().anyMatch(o::isInRegionOf))
        .map(PermissionRule::asRegionalAdministrator)
        .forEach(offices::add);
    return List.copyOf(offices);
  }

  /**
   * Whether the person works in the current office through their region, not as one of its members:
   * they administer it but neither write nor review its content.
   */
  public boolean isReachedThroughRegion() {
    return current != null
        && !usable.contains(current)
        && !mayInNetwork(NetworkAction.WORK_IN_ANY_OFFICE);
  }

  /** The bundle key that names how the person works in {@code m}, for the office switcher. */
  public String roleKey(OfficeRole m) {
    return usable.contains(m) || mayInNetwork(NetworkAction.WORK_IN_ANY_OFFICE)
        ? "role." + m.role().name()
        : "console.regional_administration";
  }

  public Optional<OfficeRef> office() {
    return Optional.ofNullable(current).map(OfficeRole::office);
  }

  public OfficeRole getCurrent() {
    return current;
  }

  /**
   * The offices the person may work in now, for the office switcher: their memberships, and for HQ
   * administrators every active office of the network.
   */
  public List<OfficeRole> getMemberships() {
    return switchable;
  }

  /** True when the person belongs to offices but may work in none of them (all suspended). */
  public boolean isOnlyInClosedOffices() {
    return !all.isEmpty() && usable.isEmpty();
  }

  /** The codes of the offices the person belongs to but may not work in now, for a message. */
  public String getClosedOffices() {
    return all.stream()
        .filter(m -> !usable.contains(m))
        .map(m -> m.office().code().value())
        .distinct()
        .collect(Collectors.joining(", "));
  }

  /** Whether the person administers the whole network (offices, accounts, reads across). */
  public boolean isHqAdmin() {
    return mayInNetwork(NetworkAction.MANAGE_OFFICES);
  }

  /** Whether the person may do {@code action} in the current office (a hint for the console). */
  public boolean may(OfficeAction action) {
    return current != null && PermissionRule.decide(usable, current.office(), action);
  }

  /** Whether the person may do {@code action} across the network (a hint for the console). */
  public boolean mayInNetwork(NetworkAction action) {
    return PermissionRule.decide(usable, action);
  }

  /**
   * Whether to offer the audit trail: HQ administrators and the current office's administrators.
   * Only a hint for the console's links; {@code AuditTrail} decides what anyone may read.
   */
  public boolean mayReadAuditTrail() {
    return may(OfficeAction.READ_AUDIT_TRAIL);
  }

  /**
   * Whether to offer the trash: the current office's administrators and HQ administrators. Only a
   * hint for the console's links; {@code ContentTrash} decides.
   */
  public boolean mayManageTrash() {
    return current != null
        && org.meridian.content.TrashRules.refusalToManage(usable, current.office()).isEmpty();
  }

  /**
   * Whether to offer the item's Share tab: publishers and administrators of HQ or of a regional
   * office, and HQ administrators. Only a hint; {@code Sharing} decides.
   */
  public boolean mayShare() {
    if (current == null) {
      return false;
    }
    try {
      org.meridian.content.syndication.SyndicationRules.requireMayShare(
          current.office(), may(OfficeAction.SHARE));
      return true;
    } catch (IllegalArgumentException refused) {
      return false;
    }
  }

  /** The signed-in person's e-mail address. */
  public String getEmail() {
    return email;
  }

  /** Whether the person may issue and revoke the current office's API tokens. */
  public boolean mayManageApiTokens() {
    // The current membership in its own office: for an HQ administrator working in another office,
    // the console shows the page (as before); ApiTokens refuses what only members may do. A
    // regional administrator in an office of the region manages its tokens by the rule.
    return current != null
        && (PermissionRule.decide(
                List.of(current), current.office(), OfficeAction.MANAGE_API_TOKENS)
            || may(OfficeAction.MANAGE_API_TOKENS));
  }

  /** Whether the person may manage the people of the current office (the console's link). */
  public boolean mayManagePeople() {
    return current != null && GrantRules.of(usable).refusalToManage(current.office()).isEmpty();
  }

  /** Whether the person may put alerts on sites: HQ or a regional office's administrators. */
  public boolean mayIssueAlerts() {
    return org.meridian.content.alert.AlertRules.of(usable).mayIssueAny();
  }

  public String getCode() {
    return current == null ? "" : current.office().code().value();
  }

  /** Switches to another office the person may work in; anything else is ignored. */
  public void switchTo(String code) {
    switchable.stream()
        .filter(m -> m.office().code().value().equals(code))
        .findFirst()
        .ifPresent(m -> current = m);
  }
}
