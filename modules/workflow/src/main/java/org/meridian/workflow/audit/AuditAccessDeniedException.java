package org.meridian.workflow.audit;

import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.Refused;

/** The reader may not see the part of the audit trail they asked for; the message says why. */
public class AuditAccessDeniedException extends RuntimeException implements Refused {

  private static final long serialVersionUID = 1L;

  private final Refusal refusal;

  public AuditAccessDeniedException(Refusal refusal) {
    super(refusal.text());
    this.refusal = refusal;
  }

  @Override
  public Refusal refusal() {
    return refusal;
  }
}
