package org.meridian.tenancy.token;

import java.util.Objects;

/**
 * A token just issued: its secret, which is shown to the person once and never again, and the token
 * as stored.
 */
public record IssuedToken(String secret, ApiTokenSummary token) {

  public IssuedToken {
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(token, "token");
  }

  /** Never the secret: it must not end up in logs. */
  @Override
  public String toString() {
    return "IssuedToken[" + token.shownAs() + " '" + token.name() + "']";
  }
}
