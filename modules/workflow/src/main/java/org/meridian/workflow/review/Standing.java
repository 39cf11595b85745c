package org.meridian.workflow.review;

import java.util.Collection;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.people.OfficeRole;
import org.meridian.tenancy.people.Role;
import org.meridian.tenancy.permission.OfficeAction;
import org.meridian.tenancy.permission.OfficeRelation;
import org.meridian.tenancy.permission.PermissionRule;

/** What a person may do in an office's editorial process, from their roles. */
public enum Standing {
  /** Does not work in the office (or it is closed to them): may take no step. */
  OUTSIDER,
  /** Writes and submits: editors and HQ editors. */
  EDITOR,
  /** Also reviews, approves and publishes: publishers, office administrators, HQ administrators. */
  REVIEWER;

  /** The standing the role gives. */
  public static Standing of(Role role) {
    return PermissionRule.allows(role, OfficeRelation.OWN, OfficeAction.REVIEW) ? REVIEWER : EDITOR;
  }

  /**
   * The person's standing in {@code office}: the highest their usable memberships give there; an HQ
   * administrator reviews in every office.
   */
  public static Standing in(OfficeRef office, Collection<OfficeRole> roles) {
    if (PermissionRule.decide(roles, office, OfficeAction.REVIEW)) {
      return REVIEWER;
    }
    return PermissionRule.decide(roles, office, OfficeAction.WRITE) ? EDITOR : OUTSIDER;
  }
}
