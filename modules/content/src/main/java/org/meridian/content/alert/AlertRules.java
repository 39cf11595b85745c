package org.meridian.content.alert;

import java.util.List;
import java.util.Optional;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeType;
import org.meridian.tenancy.people.OfficeRole;
import org.meridian.tenancy.permission.NetworkAction;
import org.meridian.tenancy.permission.OfficeAction;
import org.meridian.tenancy.permission.PermissionRule;

/**
 * Who may put an alert on which sites: HQ administrators on the whole network or any region; a
 * regional office's administrators on their own region (their office and the offices under it).
 * Nobody else, and no other audience: an alert is for many sites at once.
 */
public final class AlertRules {

  private static final Refusal ONE_REGION =
      Refusal.of(
          "alert.network_or_one_region", "An alert goes to the whole network or to one region");

  private final List<OfficeRole> roles;

  private AlertRules(List<OfficeRole> roles) {
    this.roles = List.copyOf(roles);
  }

  public static AlertRules of(List<OfficeRole> roles) {
    return new AlertRules(roles);
  }

  /**
   * Why the person may not issue or withdraw an alert for {@code audience} ({@code null}: the whole
   * network; else a regional office); empty when they may.
   */
  public Optional<Refusal> refusal(OfficeRef audience) {
    if (isHqAdmin()) {
      return audience == null || audience.type() == OfficeType.REGIONAL
          ? Optional.empty()
          : Optional.of(ONE_REGION);
    }
    if (audience == null) {
      return Optional.of(
          Refusal.of(
              "alert.network_hq_only", "Only HQ administrators put alerts on every office's site"));
    }
    if (audience.type() != OfficeType.REGIONAL) {
      return Optional.of(ONE_REGION);
    }
    return PermissionRule.decide(roles, audience, OfficeAction.ALERT_REGION)
        ? Optional.empty()
        : Optional.of(
            Refusal.of(
                "alert.region_admins_only",
                "Only HQ administrators and this region's administrators alert its sites"));
  }

  /** Whether the person may issue any alert at all (the console's link). */
  public boolean mayIssueAny() {
    return isHqAdmin() || !ownRegions().isEmpty();
  }

  /** The regions the person may alert, when not an HQ administrator (who may alert all). */
  public List<OfficeRef> ownRegions() {
    return roles.stream()
        .map(OfficeRole::office)
        .filter(o -> o.type() == OfficeType.REGIONAL)
        .filter(o -> PermissionRule.decide(roles, o, OfficeAction.ALERT_REGION))
        .distinct()
        .toList();
  }

  public boolean isHqAdmin() {
    return PermissionRule.decide(roles, NetworkAction.ALERT_NETWORK);
  }
}
