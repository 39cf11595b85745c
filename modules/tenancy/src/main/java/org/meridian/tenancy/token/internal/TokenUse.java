package org.meridian.tenancy.token.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.meridian.tenancy.persistence.OfficeData;
import org.meridian.tenancy.token.ApiToken;
import org.meridian.tenancy.token.ApiTokenSummary;

/**
 * Reads a token of the current office and records its use, each in a transaction of its own, so
 * that recording a use can fail (another request recorded it first) without failing the request.
 */
@ApplicationScoped
@Transactional
public class TokenUse {

  @Inject private OfficeData data;

  /** The token, if it belongs to the current office. */
  public Optional<ApiTokenSummary> find(long tokenId) {
    return Optional.ofNullable(data.entityManager().find(ApiToken.class, tokenId))
        .map(ApiToken::summary);
  }

  /** Writes the token's last use, unless it was written less than a minute ago. */
  public void recordUse(long tokenId, Instant now) {
    ApiToken token = data.entityManager().find(ApiToken.class, tokenId);
    if (token != null && !token.isRevoked()) {
      token.recordUse(now);
    }
  }
}
