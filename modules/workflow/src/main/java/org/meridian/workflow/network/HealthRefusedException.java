package org.meridian.workflow.network;

import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.Refused;

/** Someone asked for an office's health who may not see it, or for an office that is not there. */
public class HealthRefusedException extends RuntimeException implements Refused {

  private static final long serialVersionUID = 1L;

  private final Refusal refusal;

  public HealthRefusedException(Refusal refusal) {
    super(refusal.text());
    this.refusal = refusal;
  }

  @Override
  public Refusal refusal() {
    return refusal;
  }
}
