package org.meridian.workflow.review;

import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.Refused;

/** A change of review policy that the person may not make; nothing was changed. */
public class PolicyRefusedException extends RuntimeException implements Refused {

  private static final long serialVersionUID = 1L;

  private final Refusal refusal;

  /** A refusal the console shows as the service wrote it (no code yet). */
  public PolicyRefusedException(String message) {
    super(message);
    this.refusal = null;
  }

  public PolicyRefusedException(Refusal refusal) {
    super(refusal.text());
    this.refusal = refusal;
  }

  /** Why, by code; null for a sentence given as it is. */
  @Override
  public Refusal refusal() {
    return refusal;
  }
}
