package org.meridian.tenancy.token;

import java.util.Objects;
import org.meridian.tenancy.office.OfficeRef;

/**
 * Fired inside the transaction that issues or revokes an API token, for the audit trail to observe.
 * It carries the token's summary only: never its secret or hash.
 */
public record ApiTokenChanged(
    OfficeRef office, ApiTokenSummary token, Change change, String actor) {

  public enum Change {
    ISSUED,
    REVOKED
  }

  public ApiTokenChanged {
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(actor, "actor");
  }
}
