package org.meridian.content.taxonomy;

import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.Refused;

/**
 * A theme or tag changed by someone else meanwhile, or a theme code that can no longer change;
 * nothing was written.
 */
public class TermConflictException extends IllegalStateException implements Refused {

  private static final long serialVersionUID = 1L;

  private final Refusal refusal;

  public TermConflictException(Refusal refusal) {
    super(refusal.text());
    this.refusal = refusal;
  }

  @Override
  public Refusal refusal() {
    return refusal;
  }
}
