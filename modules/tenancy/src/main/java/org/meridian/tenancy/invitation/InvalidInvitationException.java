package org.meridian.tenancy.invitation;

/** An invitation link that is unknown, expired, used or replaced: all get the same answer. */
public class InvalidInvitationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidInvitationException() {
    super(
        "This invitation link is not valid: it may have expired (invitations work for 7 days), or"
            + " been used or replaced by a newer one. Ask the administrator of your office for a"
            + " new invitation.");
  }
}
