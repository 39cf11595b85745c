package org.meridian.tenancy.token;

/** Someone who is not an administrator of the office tried to issue or revoke its tokens. */
public class TokenManagementDeniedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TokenManagementDeniedException(String person, String office) {
    super(
        person
            + " may not manage the API tokens of '"
            + office
            + "': only its office administrators and HQ administrators may");
  }
}
