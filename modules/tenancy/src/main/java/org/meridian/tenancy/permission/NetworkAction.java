package org.meridian.tenancy.permission;

/** What a person may want to do across the whole network, not in one office. */
public enum NetworkAction {
  /** Create offices and change any office's settings. */
  MANAGE_OFFICES,
  /** Manage the network's themes. */
  MANAGE_THEMES,
  /** Disable and enable accounts, give and take away the HQ roles. */
  MANAGE_ACCOUNTS,
  /** Read across offices: the whole audit trail, network health, audited reads. */
  READ_ACROSS_OFFICES,
  /** Put an alert on every office's site. */
  ALERT_NETWORK,
  /** Work in any active office from the console, without being a member. */
  WORK_IN_ANY_OFFICE
}
