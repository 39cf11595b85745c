package org.meridian.content;

import java.util.List;
import java.util.Optional;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.people.OfficeRole;
import org.meridian.tenancy.permission.OfficeAction;
import org.meridian.tenancy.permission.PermissionRule;

/**
 * Who may do what with an office's trash, as a plain rule over the person's memberships (only those
 * they may use now count): anyone who works in the office may move its items to the trash (it is
 * how content is deleted, and nothing is lost); only the office's administrators and HQ
 * administrators see the trash, restore from it or delete for good.
 */
public final class TrashRules {

  private TrashRules() {}

  /** Why {@code roles} may not move items of {@code office} to the trash; empty if they may. */
  public static Optional<Refusal> refusalToTrash(List<OfficeRole> roles, OfficeRef office) {
    return PermissionRule.decide(roles, office, OfficeAction.TRASH)
        ? Optional.empty()
        : Optional.of(
            Refusal.of(
                "trash.people_of_0_only",
                "Only the people of {0} can move its content to the trash.",
                office.code()));
  }

  /**
   * Why {@code roles} may not see the trash of {@code office}, restore from it or delete for good;
   * empty if they may.
   */
  public static Optional<Refusal> refusalToManage(List<OfficeRole> roles, OfficeRef office) {
    return PermissionRule.decide(roles, office, OfficeAction.MANAGE_TRASH)
        ? Optional.empty()
        : Optional.of(
            Refusal.of(
                "trash.admins_of_0_only",
                "Only the administrators of {0} and HQ administrators can restore from the trash or"
                    + " delete for good.",
                office.code()));
  }
}
