package org.meridian.content.alert;

import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.Refused;

/** The person may not issue or withdraw this alert, or it cannot be withdrawn (any more). */
public class AlertRefusedException extends RuntimeException implements Refused {

  private static final long serialVersionUID = 1L;

  /** Why, by code (null for a sentence given as it is). */
  private final Refusal refusal;

  public AlertRefusedException(String message) {
    super(message);
    this.refusal = null;
  }

  public AlertRefusedException(Refusal refusal) {
    super(refusal.text());
    this.refusal = refusal;
  }

  @Override
  public Refusal refusal() {
    return refusal;
  }
}
