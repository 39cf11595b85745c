package org.meridian.tenancy.people;

/** Whether a person may sign in. */
public enum AccountStatus {
  ACTIVE,
  DISABLED
}
