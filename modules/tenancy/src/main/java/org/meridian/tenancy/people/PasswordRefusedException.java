package org.meridian.tenancy.people;

import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.Refused;

/** A new password the {@link PasswordPolicy} refuses, saying why. */
public class PasswordRefusedException extends IllegalArgumentException implements Refused {

  private static final long serialVersionUID = 1L;

  private final Refusal refusal;

  public PasswordRefusedException(Refusal refusal) {
    super(refusal.text());
    this.refusal = refusal;
  }

  @Override
  public Refusal refusal() {
    return refusal;
  }
}
