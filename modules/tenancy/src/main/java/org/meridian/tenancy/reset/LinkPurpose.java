package org.meridian.tenancy.reset;

import java.time.Duration;

/** What a link is for: how long it works and which console page it opens. */
public enum LinkPurpose {
  /** A forgotten password: the person asked for it, so it is short-lived. */
  RESET(Duration.ofHours(1), "/admin/reset-password.xhtml?token="),
  /**
   * An invitation to choose a first password: an administrator sent it, and the person may read it
   * days later (a week covers a weekend and some time off).
   */
  INVITATION(Duration.ofDays(7), "/admin/welcome.xhtml?token=");

  private final Duration validFor;
  private final String page;

  LinkPurpose(Duration validFor, String page) {
    this.validFor = validFor;
    this.page = page;
  }

  public Duration validFor() {
    return validFor;
  }

  /** The console path and query the token is appended to. */
  String page() {
    return page;
  }
}
