package org.meridian.tenancy.invitation;

import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.Refused;

/** An invitation link that is unknown, expired, used or replaced: all get the same answer. */
public class InvalidInvitationException extends RuntimeException implements Refused {

  private static final long serialVersionUID = 1L;

  private static final Refusal WHY =
      Refusal.of(
          "people.invitation_not_valid",
          "This invitation link is not valid: it may have expired (invitations work for 7 days), or"
              + " been used or replaced by a newer one. Ask the administrator of your office for a"
              + " new invitation.");

  public InvalidInvitationException() {
    super(WHY.text());
  }

  @Override
  public Refusal refusal() {
    return WHY;
  }
}
