package org.meridian.content.alert;

import org.meridian.tenancy.office.OfficeRef;

/**
 * An alert was issued or withdrawn, fired in the change's transaction: the audit trail records it
 * (as the issuing office's), and each server's {@link AlertBoard} reloads after the commit.
 */
public record AlertChanged(
    long alertId, OfficeRef issuer, String actor, Change change, String what) {

  public enum Change {
    ISSUED,
    WITHDRAWN
  }
}
