package org.meridian.content.menu;

import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.Refused;

/** Someone else changed the menu entry since the caller saw it; nothing was written. */
public class MenuConflictException extends IllegalStateException implements Refused {

  private static final long serialVersionUID = 1L;

  private final Refusal refusal;

  public MenuConflictException(Refusal refusal) {
    super(refusal.text());
    this.refusal = refusal;
  }

  @Override
  public Refusal refusal() {
    return refusal;
  }
}
