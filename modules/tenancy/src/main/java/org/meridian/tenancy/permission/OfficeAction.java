package org.meridian.tenancy.permission;

/** What a person may want to do in one office. */
public enum OfficeAction {
  /** Work in the office: its inbox, its own health page. */
  WORK_IN,
  /** Write content and submit it (the editorial standing "editor"). */
  WRITE,
  /** Review, approve and publish (the editorial standing "reviewer"). */
  REVIEW,
  /** Be asked to review: notified of submissions. */
  BE_ASKED_TO_REVIEW,
  /** Schedule publishing and unpublishing. */
  SCHEDULE,
  /** Move content to the trash. */
  TRASH,
  /** See the trash, restore from it, delete for good. */
  MANAGE_TRASH,
  /** Share the office's items with other offices. */
  SHARE,
  /** Change the office's menus. */
  EDIT_MENUS,
  /** See and manage the office's people. */
  MANAGE_PEOPLE,
  /** Change the office's settings (names, contacts, branding). */
  CHANGE_SETTINGS,
  /** Change the office's review policy. */
  CHANGE_REVIEW_POLICY,
  /** Read the office's audit trail. */
  READ_AUDIT_TRAIL,
  /** Put an alert on the sites of a region (the office is the regional office). */
  ALERT_REGION,
  /** Issue and revoke the office's API tokens. */
  MANAGE_API_TOKENS,
  /** Write, refresh and download the static mirror of the office's public site. */
  WRITE_MIRROR
}
