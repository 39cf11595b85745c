package org.meridian.api;

import jakarta.enterprise.context.RequestScoped;
import org.meridian.tenancy.token.AuthenticatedToken;

/** The token the current API request was authenticated with, set by {@link ApiTokenFilter}. */
@RequestScoped
public class ApiCaller {

  private AuthenticatedToken token;

  void authenticatedAs(AuthenticatedToken token) {
    this.token = token;
  }

  /** The request's token; only endpoints marked {@link RequiresToken} have one. */
  public AuthenticatedToken require() {
    if (token == null) {
      throw new IllegalStateException("This endpoint is not marked @RequiresToken");
    }
    return token;
  }
}
