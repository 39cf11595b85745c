package org.meridian.content.syndication;

import org.meridian.tenancy.office.OfficeCode;

/**
 * Fired in the transaction of a sharing step, for the audit trail: an item shared or withdrawn by
 * its office, a copy declined, taken back or reviewed by the receiving office.
 *
 * @param office the office that took the step
 * @param itemId the shared item (sharing, withdrawing) or the office's copy (the others)
 */
public record SyndicationChanged(
    OfficeCode office, long itemId, What what, String detail, String actor) {

  public enum What {
    SHARED,
    WITHDRAWN,
    DECLINED,
    ACCEPTED,
    CONFIRMED
  }
}
