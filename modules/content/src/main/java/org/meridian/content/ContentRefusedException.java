package org.meridian.content;

import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.Refused;

/**
 * An item's change the content service will not make, for a reason the editor can act on; nothing
 * was written.
 */
public class ContentRefusedException extends IllegalArgumentException implements Refused {

  private static final long serialVersionUID = 1L;

  private final Refusal refusal;

  public ContentRefusedException(Refusal refusal) {
    super(refusal.text());
    this.refusal = refusal;
  }

  @Override
  public Refusal refusal() {
    return refusal;
  }
}
