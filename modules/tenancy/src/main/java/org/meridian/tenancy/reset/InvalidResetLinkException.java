package org.meridian.tenancy.reset;

/** A reset link that is unknown, expired, already used or replaced: all get the same answer. */
public class InvalidResetLinkException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidResetLinkException() {
    super(
        "This link is not valid: it may have expired (links work for one hour), or been used or"
            + " replaced by a newer one. Please ask for a new link.");
  }
}
