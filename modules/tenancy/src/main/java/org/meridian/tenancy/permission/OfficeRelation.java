package org.meridian.tenancy.permission;

import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeType;

/**
 * How the office of a membership stands to the office acted on. The rule grants per role and
 * relation, so a new kind of reach is a new constant here and new rows in {@link PermissionRule}'s
 * table.
 */
public enum OfficeRelation {
  /** The membership is in the office acted on. */
  OWN,
  /** The membership is in HQ, and the office acted on is another one (or the whole network). */
  HQ,
  /**
   * The membership is in a regional office that administers its region (HQ has not turned the
   * delegation off), and the office acted on is an active country office of that region.
   */
  REGION,
  /** Anything else: the membership gives nothing there. */
  OTHER;

  /** How a membership in {@code membershipOffice} stands to {@code target}. */
  public static OfficeRelation of(OfficeRef membershipOffice, OfficeRef target) {
    if (membershipOffice.id() == target.id()) {
      return OWN;
    }
    if (membershipOffice.type() == OfficeType.HQ) {
      return HQ;
    }
    // A suspended or archived office of the region is HQ's alone until HQ brings it back.
    if (membershipOffice.administersRegion()
        && target.isInRegionOf(membershipOffice)
        && target.isActive()) {
      return REGION;
    }
    return OTHER;
  }

  /** How a membership in {@code membershipOffice} stands to the network as a whole. */
  public static OfficeRelation toNetwork(OfficeRef membershipOffice) {
    return membershipOffice.type() == OfficeType.HQ ? HQ : OTHER;
  }
}
