package org.meridian.tenancy.people;

import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.permission.PermissionRule;

/** One office a person works in, and their role there. */
public record OfficeRole(OfficeRef office, Role role) implements java.io.Serializable {

  /**
   * Whether the person may work in this office now: nobody works in a suspended or archived office,
   * except HQ administrators in HQ itself (the network must never lock itself out).
   */
  public boolean isUsable() {
    return PermissionRule.isUsable(office, role);
  }

  /** The same membership with a fresher view of the office (e.g. after its status changed). */
  public OfficeRole withOffice(OfficeRef fresher) {
    return new OfficeRole(fresher, role);
  }
}
