package org.meridian.content.syndication;

import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.Refused;

/** A sharing step that the rules refuse; the message says why. Nothing was written. */
public class SyndicationRefusedException extends IllegalArgumentException implements Refused {

  private static final long serialVersionUID = 1L;

  /** Why, by code (null for a sentence given as it is). */
  private final Refusal refusal;

  public SyndicationRefusedException(String message) {
    super(message);
    this.refusal = null;
  }

  public SyndicationRefusedException(Refusal refusal) {
    super(refusal.text());
    this.refusal = refusal;
  }

  @Override
  public Refusal refusal() {
    return refusal;
  }
}
