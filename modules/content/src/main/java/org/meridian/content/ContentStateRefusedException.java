package org.meridian.content;

import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.Refused;

/**
 * A change the item's present state does not allow (not live, in the trash already, menu entries or
 * pages still depend on it); nothing was written.
 */
public class ContentStateRefusedException extends IllegalStateException implements Refused {

  private static final long serialVersionUID = 1L;

  private final Refusal refusal;

  public ContentStateRefusedException(Refusal refusal) {
    super(refusal.text());
    this.refusal = refusal;
  }

  @Override
  public Refusal refusal() {
    return refusal;
  }
}
