package org.meridian.tenancy.token;

import java.util.Objects;

/**
 * HQ's network token was used on an office: every use is recorded in the audit trail, whatever the
 * request then does (the API fires this before the request runs).
 *
 * @param request the method and address, e.g. {@code PATCH /api/v1/offices/gambia/items/12}
 */
public record NetworkTokenUsed(AuthenticatedToken token, String request) {

  public NetworkTokenUsed {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(request, "request");
    if (!token.network()) {
      throw new IllegalArgumentException("Only network tokens' uses are recorded one by one");
    }
  }
}
