package org.meridian.workflow.audit;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.RefusedArgumentException;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.people.OfficeRole;
import org.meridian.tenancy.permission.NetworkAction;
import org.meridian.tenancy.permission.OfficeAction;
import org.meridian.tenancy.permission.PermissionRule;

/**
 * Who may read which part of the audit trail, as a plain rule: an HQ administrator reads every
 * office's entries (or one office's, when asked); an office administrator reads the entries of the
 * office they are working in and nothing else, whatever office they ask for; nobody else reads the
 * trail. Only roles the person may use now count (not those of suspended offices).
 */
public final class AuditAccess {

  private AuditAccess() {}

  /**
   * The scope of a search.
   *
   * @param roles the reader's memberships, as {@code AccountDirectory.officesOf} gives them
   * @param workingIn the office the reader works in now; may be {@code null}
   * @param requestedOffice the office code the reader asked for; blank or {@code null} for "all"
   * @param offices finds an office by code
   * @throws AuditAccessDeniedException when the reader may not see what they asked for
   * @throws IllegalArgumentException when an HQ administrator asks for an office that does not
   *     exist
   */
  public static AuditScope scopeFor(
      List<OfficeRole> roles,
      OfficeRef workingIn,
      String requestedOffice,
      Function<String, Optional<OfficeRef>> offices) {
    String requested =
        requestedOffice == null || requestedOffice.isBlank() ? null : requestedOffice.strip();
    if (PermissionRule.decide(roles, NetworkAction.READ_ACROSS_OFFICES)) {
      if (requested == null) {
        return AuditScope.wholeNetwork();
      }
      return AuditScope.office(
          offices
              .apply(requested)
              .orElseThrow(
                  () ->
                      new RefusedArgumentException(
                          Refusal.of("audit.no_office_0", "There is no office '{0}'", requested))));
    }
    boolean officeAdmin =
        workingIn != null && PermissionRule.decide(roles, workingIn, OfficeAction.READ_AUDIT_TRAIL);
    if (!officeAdmin) {
      throw new AuditAccessDeniedException(
          Refusal.of(
              "audit.admins_only",
              "Only office administrators and HQ administrators can see the audit trail."));
    }
    if (requested != null && !requested.equals(workingIn.code().value())) {
      throw new AuditAccessDeniedException(
          Refusal.of(
              "audit.own_office_0_only_not_1",
              "You can see the audit trail of your office ({0}) only, not of '{1}'.",
              workingIn.code(),
              requested));
    }
    return AuditScope.office(workingIn);
  }
}
