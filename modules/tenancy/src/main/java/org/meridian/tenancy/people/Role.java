package org.meridian.tenancy.people;

/** What a person may do in an office. The HQ roles apply across the network. */
public enum Role {
  /** Writes content and submits it. */
  EDITOR,
  /** Reviews and publishes. */
  PUBLISHER,
  /** Also manages the office's menus, settings and people. */
  OFFICE_ADMIN,
  /** Writes global content. */
  HQ_EDITOR,
  /** Everything, in every office. */
  HQ_ADMIN
}
