package org.meridian.tenancy.permission;

import java.util.List;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.people.OfficeRole;
import org.meridian.tenancy.people.Role;

/**
 * The standing an API token acts with, as memberships the permission table ({@link PermissionRule})
 * judges: an office's token is an editor of its office (it writes, submits, schedules what editors
 * may and trashes; it neither approves nor administers); HQ's network token, issued only by someone
 * who may work in any office, stands as HQ's administrators do (it also sees and restores from the
 * trash of any office). Steps of the editorial process are taken as an editor either way.
 */
public final class TokenStanding {

  private TokenStanding() {}

  /**
   * @param issuer the token's own office
   * @param office the office the token acts on (its own, unless it is a network token)
   */
  public static List<OfficeRole> of(OfficeRef issuer, OfficeRef office, boolean network) {
    return network
        ? List.of(new OfficeRole(issuer, Role.HQ_ADMIN))
        : List.of(new OfficeRole(office, Role.EDITOR));
  }
}
