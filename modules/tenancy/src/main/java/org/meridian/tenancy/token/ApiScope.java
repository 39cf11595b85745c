package org.meridian.tenancy.token;

/** What an API token may do in its office. */
public enum ApiScope {
  /** Read every item of the office, drafts included. */
  READ,
  /** Also create and change items; implies {@link #READ}. */
  WRITE;

  /** Whether a token of this scope may do what {@code needed} requires. */
  public boolean allows(ApiScope needed) {
    return needed == READ || this == WRITE;
  }
}
