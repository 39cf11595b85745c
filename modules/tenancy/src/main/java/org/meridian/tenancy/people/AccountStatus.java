package org.meridian.tenancy.people;

/** Whether a person may sign in. */
public enum AccountStatus {
  /** Signs in with their password. */
  ACTIVE,
  /**
   * Invited by an administrator and has not yet chosen a password through the invitation link: has
   * no password and cannot sign in.
   */
  INVITED,
  /** Switched off by an HQ administrator: cannot sign in, keeps their memberships. */
  DISABLED
}
