package org.meridian.tenancy.people;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeType;

/**
 * Who may manage whose people, in one place: what a person with the given memberships may see and
 * change in an office. Office administrators manage the people of their own office and give the
 * office roles there (editor, publisher, office administrator); HQ administrators manage everyone
 * and give any role, the HQ roles only in HQ. Only HQ administrators disable and enable accounts.
 */
public final class GrantRules {

  private final List<OfficeRole> memberships;

  private GrantRules(List<OfficeRole> memberships) {
    // Only memberships the person may work in now count: not those of suspended offices.
    this.memberships = memberships.stream().filter(OfficeRole::isUsable).toList();
  }

  /** The rules for someone holding {@code memberships}. */
  public static GrantRules of(List<OfficeRole> memberships) {
    return new GrantRules(List.copyOf(memberships));
  }

  /** Whether {@code role} belongs to HQ and applies across the network. */
  public static boolean isHqRole(Role role) {
    return role == Role.HQ_EDITOR || role == Role.HQ_ADMIN;
  }

  /** Whether {@code role} administers its office: an office must always keep one. */
  public static boolean isAdministrator(Role role) {
    return role == Role.OFFICE_ADMIN || role == Role.HQ_ADMIN;
  }

  public boolean isHqAdmin() {
    return memberships.stream().anyMatch(m -> m.role() == Role.HQ_ADMIN);
  }

  /** Why the person may not see and manage the people of {@code office}; empty if they may. */
  public Optional<String> refusalToManage(OfficeRef office) {
    boolean officeAdmin =
        memberships.stream()
            .anyMatch(m -> m.role() == Role.OFFICE_ADMIN && m.office().id() == office.id());
    if (isHqAdmin() || officeAdmin) {
      return Optional.empty();
    }
    return Optional.of(
        "Only the administrators of "
            + office.code()
            + " and HQ administrators manage the people of "
            + office.code()
            + ".");
  }

  /**
   * Why the person may not give (or take away) {@code role} in {@code office}; empty if they may.
   */
  public Optional<String> refusalToGrant(OfficeRef office, Role role) {
    if (isHqRole(role) && office.type() != OfficeType.HQ) {
      return Optional.of(
          "The role " + role + " exists only in HQ; it cannot be given in " + office.code() + ".");
    }
    Optional<String> manage = refusalToManage(office);
    if (manage.isPresent()) {
      return manage;
    }
    if (isHqRole(role) && !isHqAdmin()) {
      return Optional.of("Only HQ administrators can give or take away the role " + role + ".");
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
  public Optional<String> refusalToDisable() {
    return isHqAdmin()
        ? Optional.empty()
        : Optional.of("Only HQ administrators can disable or enable accounts.");
  }

  /** Throws with {@code refusal}'s message when there is one. */
  public static void require(Optional<String> refusal) {
    if (refusal.isPresent()) {
      throw new PeopleRefusedException(refusal.get());
    }
  }
}
