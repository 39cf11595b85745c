package org.meridian.tenancy.office;

import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.Refused;

/**
 * The person may not change an office's settings or its region's delegation; an {@link
 * IllegalStateException} as these refusals were before they said why by a {@link Refusal}.
 */
public class OfficeSettingsRefusedException extends IllegalStateException implements Refused {

  private static final long serialVersionUID = 1L;

  private final Refusal refusal;

  public OfficeSettingsRefusedException(Refusal refusal) {
    super(refusal.text());
    this.refusal = refusal;
  }

  @Override
  public Refusal refusal() {
    return refusal;
  }
}
