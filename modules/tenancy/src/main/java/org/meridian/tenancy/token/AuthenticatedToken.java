package org.meridian.tenancy.token;

import java.util.List;
import java.util.Objects;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.people.OfficeRole;
import org.meridian.tenancy.permission.TokenStanding;

/**
 * Who is calling the API: a valid token, the office it acts on and what it may do there. An
 * office's token acts on its own office ({@code issuer}) only; HQ's network token acts on the
 * office the request names ({@link #actingOn}).
 *
 * @param requestsPerMinute the token's own rate limit, or {@code null} for the server's setting
 */
public record AuthenticatedToken(
    long tokenId,
    String name,
    OfficeRef issuer,
    OfficeRef office,
    ApiScope scope,
    boolean network,
    Integer requestsPerMinute) {

  public AuthenticatedToken {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(scope, "scope");
    if (!network && issuer.id() != office.id()) {
      throw new IllegalArgumentException("An office's token acts on its own office only");
    }
  }

  /** A token of {@code office} acting on it, at the server's rate limit. */
  public AuthenticatedToken(long tokenId, String name, OfficeRef office, ApiScope scope) {
    this(tokenId, name, office, office, scope, false, null);
  }

  /** This network token acting on {@code target}. */
  public AuthenticatedToken actingOn(OfficeRef target) {
    if (!network) {
      throw new IllegalStateException("Only a network token acts on other offices");
    }
    return new AuthenticatedToken(tokenId, name, issuer, target, scope, network, requestsPerMinute);
  }

  /** How content written with this token names its author. */
  public String actor() {
    return "api-token:" + name;
  }

  /** The standing the token acts with, for the permission rule ({@link TokenStanding}). */
  public List<OfficeRole> roles() {
    return TokenStanding.of(issuer, office, network);
  }
}
