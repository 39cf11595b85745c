package org.meridian.tenancy.people;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeType;
import org.meridian.tenancy.permission.NetworkAction;
import org.meridian.tenancy.permission.OfficeAction;
import org.meridian.tenancy.permission.PermissionRule;

/**
 * Who may manage whose people, in one place: what a person with the given memberships may see and
 * change in an office. Office administrators manage the people of their own office (and a regional
 * office's administrators those of their region's offices, see {@code PermissionRule}) and give the
 * office roles there (editor, publisher, office administrator); HQ administrators manage everyone
 * and give any role, the HQ roles only in HQ. Only HQ administrators disable and enable accounts.
 */
public final class GrantRules {

  private final List<OfficeRole> memberships;

  private GrantRules(List<OfficeRole> memberships) {
    this.memberships = memberships;
  }

  /** The rules for someone holding {@code memberships} (only those they may use now count). */
  public static GrantRules of(List<OfficeRole> memberships) {
    return new GrantRules(List.copyOf(memberships));
  }

  /** Whether {@code role} belongs to HQ and applies across the network. */
  public static boolean isHqRole(Role role) {
    return PermissionRule.existsOnlyInHq(role);
  }

  /** Whether {@code role} administers its office: an office must always keep one. */
  public static boolean isAdministrator(Role role) {
    return PermissionRule.isAdministrator(role);
  }

  public boolean isHqAdmin() {
    return PermissionRule.decide(memberships, NetworkAction.MANAGE_ACCOUNTS);
  }

  /** Why the person may not see and manage the people of {@code office}; empty if they may. */
  public Optional<Refusal> refusalToManage(OfficeRef office) {
    if (PermissionRule.decide(memberships, office, OfficeAction.MANAGE_PEOPLE)) {
      return Optional.empty();
    }
    return Optional.of(
        Refusal.of(
            "people.manage_admins_of_0_only",
            "Only the administrators of {0}, of its regional office and HQ administrators manage"
                + " the people of {0}.",
            office.code()));
  }

  /**
   * Why the person may not give (or take away) {@code role} in {@code office}; empty if they may.
   */
  public Optional<Refusal> refusalToGrant(OfficeRef office, Role role) {
    if (isHqRole(role) && office.type() != OfficeType.HQ) {
      return Optional.of(
          Refusal.of(
              "people.role_0_hq_only_not_in_1",
              "The role {0} exists only in HQ; it cannot be given in {1}.",
              role,
              office.code()));
    }
    Optional<Refusal> manage = refusalToManage(office);
    if (manage.isPresent()) {
      return manage;
    }
    if (isHqRole(role) && !isHqAdmin()) {
      return Optional.of(
          Refusal.of(
              "people.role_0_hq_admins_only",
              "Only HQ administrators can give or take away the role {0}.",
              role));
    }
    return Optional.empty();
  }

  /** The roles the person may give in {@code office}, in the enum's order. */
  public List<Role> grantable(OfficeRef office) {
    return Arrays.stream(Role.values())
        .filter(role -> refusalToGrant(office, role).isEmpty())
        .toList();
  }

  /** Why the person may not disable or enable accounts; empty if they may. */
  public Optional<Refusal> refusalToDisable() {
    return isHqAdmin()
        ? Optional.empty()
        : Optional.of(
            Refusal.of(
                "people.disable_hq_admins_only",
                "Only HQ administrators can disable or enable accounts."));
  }

  /** Throws with {@code refusal}'s message when there is one. */
  public static void require(Optional<Refusal> refusal) {
    if (refusal.isPresent()) {
      throw new PeopleRefusedException(refusal.get());
    }
  }
}
