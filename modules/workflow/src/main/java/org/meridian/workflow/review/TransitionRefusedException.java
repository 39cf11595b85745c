package org.meridian.workflow.review;

import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.Refused;

/** A step the rules refuse, with why; the item stays exactly as it was. */
public class TransitionRefusedException extends RuntimeException implements Refused {

  private static final long serialVersionUID = 1L;

  private final Refusal refusal;

  /** A refusal without a code yet: the console and the API show its sentence as it is. */
  public TransitionRefusedException(String message) {
    super(message);
    this.refusal = null;
  }

  public TransitionRefusedException(Refusal refusal) {
    super(refusal.text());
    this.refusal = refusal;
  }

  /** Why, by code; null for a sentence given as it is. */
  @Override
  public Refusal refusal() {
    return refusal;
  }
}
