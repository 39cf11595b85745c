package org.meridian.tenancy.token;

import java.util.Objects;
import org.meridian.tenancy.office.OfficeRef;

/** Who is calling the API: a valid token, its office and what it may do there. */
public record AuthenticatedToken(long tokenId, String name, OfficeRef office, ApiScope scope) {

  public AuthenticatedToken {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(scope, "scope");
  }

  /** How content written with this token names its author. */
  public String actor() {
    return "api-token:" + name;
  }
}
