package org.meridian.workflow.audit;

/** The reader may not see the part of the audit trail they asked for; the message says why. */
public class AuditAccessDeniedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AuditAccessDeniedException(String message) {
    super(message);
  }
}
