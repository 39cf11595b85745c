package org.meridian.content.taxonomy;

import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.Refused;

/**
 * A theme or tag the editor gave that the taxonomy will not take (a name, an address, a code, too
 * many on an item); nothing was written.
 */
public class TermRefusedException extends IllegalArgumentException implements Refused {

  private static final long serialVersionUID = 1L;

  private final Refusal refusal;

  public TermRefusedException(Refusal refusal) {
    super(refusal.text());
    this.refusal = refusal;
  }

  @Override
  public Refusal refusal() {
    return refusal;
  }
}
