package org.meridian.tenancy.permission;

import static org.meridian.tenancy.people.Role.HQ_ADMIN;
import static org.meridian.tenancy.people.Role.HQ_EDITOR;
import static org.meridian.tenancy.people.Role.OFFICE_ADMIN;
import static org.meridian.tenancy.people.Role.PUBLISHER;
import static org.meridian.tenancy.permission.OfficeRelation.HQ;
import static org.meridian.tenancy.permission.OfficeRelation.OWN;
import static org.meridian.tenancy.permission.OfficeRelation.REGION;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeType;
import org.meridian.tenancy.people.OfficeRole;
import org.meridian.tenancy.people.Role;

/**
 * Who may do what where, as one table: an action is allowed when one of the person's usable
 * memberships has a role that the table grants for that action at that membership's relation to the
 * office acted on ({@link OfficeRelation}). A pure function, tested row by row in {@code
 * PermissionRuleTest}; {@link OfficePermissions} asks it for a signed-in person.
 *
 * <p>Only memberships the person may use now count: nobody works in a suspended or archived office,
 * except HQ administrators in HQ itself (the network must never lock itself out).
 */
public final class PermissionRule {

  private record Grant(Role role, OfficeRelation relation) {}

  private static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);
  private static final Set<Role> ADMINISTRATORS = EnumSet.of(OFFICE_ADMIN, HQ_ADMIN);
  private static final Set<Role> ONLY_IN_HQ = EnumSet.of(HQ_EDITOR, HQ_ADMIN);

  private static final Map<OfficeAction, Set<Grant>> OFFICE = new EnumMap<>(OfficeAction.class);
  private static final Map<NetworkAction, Set<Grant>> NETWORK = new EnumMap<>(NetworkAction.class);

  static {
    // action                            relation  roles
    grant(OfficeAction.WORK_IN, OWN, EVERY_ROLE);
    grant(OfficeAction.WRITE, OWN, EVERY_ROLE);
    grant(OfficeAction.WRITE, HQ, HQ_ADMIN);
    grant(OfficeAction.REVIEW, OWN, PUBLISHER, OFFICE_ADMIN, HQ_ADMIN);
    grant(OfficeAction.REVIEW, HQ, HQ_ADMIN);
    grant(OfficeAction.BE_ASKED_TO_REVIEW, OWN, PUBLISHER, OFFICE_ADMIN);
    grant(OfficeAction.SCHEDULE, OWN, EVERY_ROLE);
    grant(OfficeAction.SCHEDULE, HQ, HQ_ADMIN);
    grant(OfficeAction.TRASH, OWN, EVERY_ROLE);
    grant(OfficeAction.TRASH, HQ, HQ_ADMIN);
    grant(OfficeAction.SHARE, OWN, PUBLISHER, OFFICE_ADMIN, HQ_ADMIN);
    grant(OfficeAction.SHARE, HQ, HQ_ADMIN);
    // "HQ administrators, or the administrators of this office"
    for (OfficeAction administer :
        List.of(
            OfficeAction.MANAGE_TRASH,
            OfficeAction.EDIT_MENUS,
            OfficeAction.MANAGE_PEOPLE,
            OfficeAction.CHANGE_SETTINGS,
            OfficeAction.CHANGE_REVIEW_POLICY,
            OfficeAction.READ_AUDIT_TRAIL,
            OfficeAction.ALERT_REGION,
            OfficeAction.WRITE_MIRROR)) {
      grant(administer, OWN, OFFICE_ADMIN, HQ_ADMIN);
      grant(administer, HQ, HQ_ADMIN);
    }
    // API tokens: the office's own administrators only (an HQ administrator in HQ's)
    grant(OfficeAction.MANAGE_API_TOKENS, OWN, OFFICE_ADMIN, HQ_ADMIN);
    // Delegated administration: a regional office's administrators administer the country offices
    // of their region (people, settings and branding, site health, audit trail, API tokens), but
    // neither write nor review their content; suspending, archiving and moving stay with HQ.
    for (OfficeAction delegated :
        List.of(
            OfficeAction.WORK_IN,
            OfficeAction.MANAGE_PEOPLE,
            OfficeAction.CHANGE_SETTINGS,
            OfficeAction.READ_AUDIT_TRAIL,
            OfficeAction.MANAGE_API_TOKENS)) {
      grant(delegated, REGION, OFFICE_ADMIN);
    }
    for (NetworkAction action : NetworkAction.values()) {
      NETWORK.put(action, Set.of(new Grant(HQ_ADMIN, HQ)));
    }
  }

  private PermissionRule() {}

  private static void grant(OfficeAction action, OfficeRelation relation, Role... roles) {
    grant(action, relation, EnumSet.of(roles[0], roles));
  }

  private static void grant(OfficeAction action, OfficeRelation relation, Set<Role> roles) {
    Set<Grant> grants = OFFICE.computeIfAbsent(action, a -> new java.util.HashSet<>());
    roles.forEach(role -> grants.add(new Grant(role, relation)));
  }

  /** Whether the table grants {@code action} to {@code role} held at {@code relation}. */
  public static boolean allows(Role role, OfficeRelation relation, OfficeAction action) {
    return OFFICE.getOrDefault(action, Set.of()).contains(new Grant(role, relation));
  }

  /** Whether the table grants {@code action} to {@code role} held at {@code relation}. */
  public static boolean allows(Role role, OfficeRelation relation, NetworkAction action) {
    return NETWORK.getOrDefault(action, Set.of()).contains(new Grant(role, relation));
  }

  /** Whether someone holding {@code memberships} may do {@code action} in {@code office}. */
  public static boolean decide(
      Collection<OfficeRole> memberships, OfficeRef office, OfficeAction action) {
    Objects.requireNonNull(office, "office");
    return memberships.stream()
        .filter(PermissionRule::isUsable)
        .anyMatch(m -> allows(m.role(), OfficeRelation.of(m.office(), office), action));
  }

  /** Whether someone holding {@code memberships} may do {@code action} across the network. */
  public static boolean decide(Collection<OfficeRole> memberships, NetworkAction action) {
    return memberships.stream()
        .filter(PermissionRule::isUsable)
        .anyMatch(m -> allows(m.role(), OfficeRelation.toNetwork(m.office()), action));
  }

  /**
   * Whether someone holding {@code memberships} may see the files of {@code owner}'s media library
   * that the public may not (files no live item uses): whoever may work in the office; for HQ's
   * library, which every office uses, whoever may work in any office.
   */
  public static boolean maySeeLibraryOf(Collection<OfficeRole> memberships, OfficeRef owner) {
    Objects.requireNonNull(owner, "owner");
    if (owner.type() == OfficeType.HQ) {
      return memberships.stream().anyMatch(PermissionRule::isUsable);
    }
    return decide(memberships, owner, OfficeAction.WORK_IN)
        || decide(memberships, NetworkAction.WORK_IN_ANY_OFFICE);
  }

  /** Whether the membership counts now (see the class comment). */
  public static boolean isUsable(OfficeRole membership) {
    return isUsable(membership.office(), membership.role());
  }

  /** Whether a membership with {@code role} in {@code office} counts now. */
  public static boolean isUsable(OfficeRef office, Role role) {
    return office.isActive() || (office.type() == OfficeType.HQ && role == HQ_ADMIN);
  }

  /** The memberships that count now, in their order. */
  public static List<OfficeRole> usable(Collection<OfficeRole> memberships) {
    return memberships.stream().filter(PermissionRule::isUsable).toList();
  }

  /** The roles of the memberships that count now (for the security groups). */
  public static Set<Role> rolesInForce(Collection<OfficeRole> memberships) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    usable(memberships).forEach(m -> roles.add(m.role()));
    return roles;
  }

  /** Whether {@code role} administers its office: an office must always keep one. */
  public static boolean isAdministrator(Role role) {
    return ADMINISTRATORS.contains(role);
  }

  /** The roles that administer an office, in the enum's order. */
  public static List<Role> administratorRoles() {
    return List.copyOf(ADMINISTRATORS);
  }

  /** Whether {@code role} belongs to HQ (applies across the network) and exists only there. */
  public static boolean existsOnlyInHq(Role role) {
    return ONLY_IN_HQ.contains(role);
  }

  /**
   * The office through which someone holding {@code memberships} reaches {@code office}, when they
   * are not one of its members: the regional office for a regional administrator in a country
   * office of the region, HQ for an HQ administrator. Empty for the office's own members and for
   * anyone without reach there. What the audit trail names as the acting office.
   */
  public static java.util.Optional<OfficeRef> actingOffice(
      Collection<OfficeRole> memberships, OfficeRef office) {
    List<OfficeRole> usable = usable(memberships);
    if (usable.stream().anyMatch(m -> m.office().id() == office.id())) {
      return java.util.Optional.empty();
    }
    for (OfficeRelation reach : List.of(REGION, HQ)) {
      java.util.Optional<OfficeRef> through =
          usable.stream()
              .filter(m -> OfficeRelation.of(m.office(), office) == reach)
              .filter(m -> allows(m.role(), reach, OfficeAction.WORK_IN) || reach == HQ)
              .map(OfficeRole::office)
              .findFirst();
      if (through.isPresent()) {
        return through;
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * The regional offices whose region someone holding {@code memberships} administers (from which
   * they may work in the region's country offices).
   */
  public static List<OfficeRef> administeredRegions(Collection<OfficeRole> memberships) {
    return usable(memberships).stream()
        .filter(m -> m.office().administersRegion())
        .filter(m -> allows(m.role(), REGION, OfficeAction.WORK_IN))
        .map(OfficeRole::office)
        .distinct()
        .toList();
  }

  /**
   * The membership a regional administrator works with in a country office of their region (the
   * console's office switcher). It stands for the reach, not a membership: decisions are always
   * taken with the person's real memberships.
   */
  public static OfficeRole asRegionalAdministrator(OfficeRef office) {
    return new OfficeRole(office, OFFICE_ADMIN);
  }

  /**
   * The membership an HQ administrator works with in an office they do not belong to (the console's
   * office switcher).
   */
  public static OfficeRole asNetworkAdministrator(OfficeRef office) {
    return new OfficeRole(office, HQ_ADMIN);
  }
}
