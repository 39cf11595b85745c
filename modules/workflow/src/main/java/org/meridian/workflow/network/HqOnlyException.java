package org.meridian.workflow.network;

import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.Refused;

/** Someone who is not an HQ administrator asked to read across offices. */
public class HqOnlyException extends RuntimeException implements Refused {

  private static final long serialVersionUID = 1L;

  private final Refusal refusal;

  public HqOnlyException(Refusal refusal) {
    super(refusal.text());
    this.refusal = refusal;
  }

  public HqOnlyException(String actor) {
    this(
        Refusal.of(
            "health.hq_only_0",
            "Only HQ administrators read across offices; {0} is not one",
            actor));
  }

  @Override
  public Refusal refusal() {
    return refusal;
  }
}
