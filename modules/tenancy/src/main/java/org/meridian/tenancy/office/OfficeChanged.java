package org.meridian.tenancy.office;

import java.util.Objects;

/**
 * Fired inside the transaction that creates an office or changes its status, for the audit trail
 * (in {@code workflow}) to observe: {@code tenancy} knows nothing of who listens.
 *
 * @param office the office as it is after the change
 * @param change what happened
 * @param statusBefore the status before the change; {@code null} when the office was created
 * @param actor who did it: an e-mail address, or {@code system}
 */
public record OfficeChanged(
    OfficeRef office, Change change, OfficeStatus statusBefore, String actor) {

  public enum Change {
    CREATED,
    SUSPENDED,
    REACTIVATED,
    ARCHIVED,
    PROFILE_CHANGED,
    /** A region's delegated administration turned on or off. */
    DELEGATION_CHANGED
  }

  public OfficeChanged {
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(actor, "actor");
  }
}
