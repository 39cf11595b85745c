package org.meridian.content.menu;

import java.util.List;
import java.util.Optional;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.people.OfficeRole;
import org.meridian.tenancy.permission.OfficeAction;
import org.meridian.tenancy.permission.PermissionRule;

/**
 * Who may edit an office's menus, as a plain rule over the person's memberships (only those they
 * may use now count): the office's administrators and HQ administrators. Everyone else who works in
 * the office sees the menus read-only.
 */
public final class MenuRules {

  private MenuRules() {}

  /** Why {@code roles} may not edit the menus of {@code office}; empty if they may. */
  public static Optional<Refusal> refusalToEdit(List<OfficeRole> roles, OfficeRef office) {
    return PermissionRule.decide(roles, office, OfficeAction.EDIT_MENUS)
        ? Optional.empty()
        : Optional.of(
            Refusal.of(
                "menu.admins_of_0_only",
                "Only the administrators of {0} and HQ administrators can change its menus.",
                office.code()));
  }
}
