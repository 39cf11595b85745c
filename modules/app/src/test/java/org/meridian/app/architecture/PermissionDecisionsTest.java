package org.meridian.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.meridian.tenancy.people.OfficeRole;
import org.meridian.tenancy.people.Role;

/**
 * "HQ administrator or administrator of this office" is decided in one place, {@code
 * tenancy.permission} ({@code PermissionRule}, {@code OfficePermissions}). The hand-written checks
 * it replaced all had the same two ingredients: comparing a role with a privileged constant ({@code
 * r.role() == Role.HQ_ADMIN}, {@code role == Role.OFFICE_ADMIN}, a {@code switch} over roles) and
 * picking the memberships that count ({@code OfficeRole.isUsable()}). Outside the permission
 * package, neither may appear.
 */
class PermissionDecisionsTest {

  private static final String PERMISSION = "org.meridian.tenancy.permission..";

  /** The demo network grants its people their roles by name: data, not a decision. */
  private static final String DEMO_DATA = "org.meridian.app.demo..";

  /** An empty production database gets one HQ administrator: data, not a decision. */
  private static final String FIRST_ADMINISTRATOR = "org.meridian.app.database.FirstAdministrator";

  /** The invitation e-mail names every role in words (an exhaustive switch): no decision. */
  private static final String ROLE_IN_WORDS =
      "org\\.meridian\\.tenancy\\.invitation\\.InvitationMessage(\\$.*)?";

  /** Roles that grant more than writing; reading them is how a check is written by hand. */
  static final ArchRule NO_ROLE_COMPARISONS_OUTSIDE_THE_PERMISSION_PACKAGE =
      noClasses()
          .that()
          .resideOutsideOfPackages(PERMISSION, DEMO_DATA)
          .and()
          .doNotBelongToAnyOf(Role.class)
          .and()
          .haveNameNotMatching(ROLE_IN_WORDS)
          .and()
          .doNotHaveFullyQualifiedName(FIRST_ADMINISTRATOR)
          .should()
          .getField(Role.class, "HQ_ADMIN")
          .orShould()
          .getField(Role.class, "OFFICE_ADMIN")
          .orShould()
          .getField(Role.class, "PUBLISHER")
          .orShould()
          .getField(Role.class, "HQ_EDITOR")
          .because(
              "who may do what in an office is decided by tenancy.permission.PermissionRule"
                  + " (through OfficePermissions), not by comparing roles by hand");

  static final ArchRule NO_MEMBERSHIP_FILTERING_OUTSIDE_THE_PERMISSION_PACKAGE =
      noClasses()
          .that()
          .resideOutsideOfPackage(PERMISSION)
          .and()
          .doNotBelongToAnyOf(OfficeRole.class)
          .should()
          .callMethod(OfficeRole.class, "isUsable")
          .because("which memberships count now is part of the permission rule");

  @Test
  void noRoleComparisonsOutsideThePermissionPackage() {
    NO_ROLE_COMPARISONS_OUTSIDE_THE_PERMISSION_PACKAGE.check(MeridianClasses.all());
  }

  @Test
  void noMembershipFilteringOutsideThePermissionPackage() {
    NO_MEMBERSHIP_FILTERING_OUTSIDE_THE_PERMISSION_PACKAGE.check(MeridianClasses.all());
  }
}
