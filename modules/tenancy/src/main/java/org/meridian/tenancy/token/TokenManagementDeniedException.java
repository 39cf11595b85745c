package org.meridian.tenancy.token;

import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.Refused;

/** Someone who is not an administrator of the office tried to issue or revoke its tokens. */
public class TokenManagementDeniedException extends RuntimeException implements Refused {
  private static final long serialVersionUID = 1L;

  private final Refusal refusal;

  public TokenManagementDeniedException(String person, String office) {
    this(
        Refusal.of(
            "tokens.may_not_manage_0_of_1",
            "{0} may not manage the API tokens of '{1}': only its office administrators and HQ"
                + " administrators may",
            person,
            office));
  }

  private TokenManagementDeniedException(Refusal refusal) {
    super(refusal.text());
    this.refusal = refusal;
  }

  @Override
  public Refusal refusal() {
    return refusal;
  }
}
