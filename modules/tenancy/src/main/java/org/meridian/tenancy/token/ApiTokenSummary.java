package org.meridian.tenancy.token;

import java.io.Serializable;
import java.time.Instant;

/** A token as lists show it: never its secret or hash. */
public record ApiTokenSummary(
    long id,
    String name,
    String displayPrefix,
    ApiScope scope,
    String createdBy,
    Instant createdAt,
    Instant lastUsedAt,
    Instant revokedAt,
    String revokedBy,
    Instant expiresAt,
    boolean network,
    Integer requestsPerMinute)
    implements Serializable {

  /** Whether the token no longer works at {@code now} because it expired ({@code expiresAt}). */
  public boolean expiredAt(Instant now) {
    return expiresAt != null && !now.isBefore(expiresAt);
  }

  public boolean revoked() {
    return revokedAt != null;
  }

  /** How the token is shown: its prefix and an ellipsis, {@code mrd_ab12cd…}. */
  public String shownAs() {
    return displayPrefix + "…";
  }
}
