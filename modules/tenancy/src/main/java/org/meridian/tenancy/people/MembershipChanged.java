package org.meridian.tenancy.people;

import org.meridian.tenancy.office.OfficeRef;

/**
 * Fired inside the transaction that changed who works where: a membership added, its role changed
 * or removed, or an account disabled or enabled or its sessions ended (those concern every office:
 * {@code office} is {@code null}).
 *
 * @param before the role before, for changes and removals
 * @param after the role after, for additions and changes
 */
public record MembershipChanged(
    OfficeRef office, String person, Change change, String before, String after, String actor) {

  public enum Change {
    ADDED,
    ROLE_CHANGED,
    REMOVED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    /** Every console session of the person ended ("sign out everywhere"). */
    SESSIONS_ENDED
  }
}
