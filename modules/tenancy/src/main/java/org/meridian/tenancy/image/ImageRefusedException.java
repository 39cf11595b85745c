package org.meridian.tenancy.image;

import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.Refused;

/** An image that is not decoded: too large, damaged, or the server too busy; says which. */
public class ImageRefusedException extends IllegalArgumentException implements Refused {

  private static final long serialVersionUID = 1L;

  private final Refusal refusal;

  public ImageRefusedException(Refusal refusal) {
    super(refusal.text());
    this.refusal = refusal;
  }

  @Override
  public Refusal refusal() {
    return refusal;
  }
}
