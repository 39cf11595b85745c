package org.meridian.workflow.review;

import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.Refused;

/** A step the rules refuse, with why; the item stays exactly as it was. */
public class TransitionRefusedException extends RuntimeException implements Refused {

  private static final long serialVersionUID = 1L;

  private final Refusal refusal;

  public TransitionRefusedException(Refusal refusal) {
    super(refusal.text());
    this.refusal = refusal;
  }

  @Override
  public Refusal refusal() {
    return refusal;
  }
}
