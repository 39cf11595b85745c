package org.meridian.tenancy.reset;

import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.Refused;

/** A reset link that is unknown, expired, already used or replaced: all get the same answer. */
public class InvalidResetLinkException extends RuntimeException implements Refused {

  private static final long serialVersionUID = 1L;

  private static final Refusal WHY =
      Refusal.of(
          "reset.link_not_valid",
          "This link is not valid: it may have expired (links work for one hour), or been used or"
              + " replaced by a newer one. Please ask for a new link.");

  public InvalidResetLinkException() {
    super(WHY.text());
  }

  @Override
  public Refusal refusal() {
    return WHY;
  }
}
