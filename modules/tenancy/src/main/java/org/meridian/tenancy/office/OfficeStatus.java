package org.meridian.tenancy.office;

/** Whether an office's site is served and its people may sign in. */
public enum OfficeStatus {
  /** The site is public and editors work normally. */
  ACTIVE,
  /** The site shows a maintenance page; editors cannot sign in to it. */
  SUSPENDED,
  /** Read-only and hidden from the network. */
  ARCHIVED
}
