package org.meridian.content;

import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.Refused;

/** The person may not do this with the trash (see {@link TrashRules}); nothing was changed. */
public class TrashRefusedException extends RuntimeException implements Refused {
  private static final long serialVersionUID = 1L;

  /** Why, by code (null for a sentence given as it is). */
  private final Refusal refusal;

  public TrashRefusedException(String message) {
    super(message);
    this.refusal = null;
  }

  public TrashRefusedException(Refusal refusal) {
    super(refusal.text());
    this.refusal = refusal;
  }

  @Override
  public Refusal refusal() {
    return refusal;
  }
}
