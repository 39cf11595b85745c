package org.meridian.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.meridian.tenancy.invitation.InvalidInvitationException;
import org.meridian.tenancy.invitation.Invitations;

/**
 * An invited person chooses their first password with the token of their invitation link ({@code
 * ?token=}); then they sign in themselves.
 */
@Named
@ViewScoped
public class AcceptInvitation extends PasswordFromLink {

  private static final long serialVersionUID = 1L;

  @Inject private Invitations invitations;

  public void accept() {
    submit("welcome");
  }

  @Override
  protected boolean linkIsUsable(String token) {
    return invitations.isUsable(token);
  }

  @Override
  protected boolean complete(String token, String password) {
    try {
      invitations.accept(token, password);
      return true;
    } catch (InvalidInvitationException e) {
      return false;
    }
  }

  @Override
  public String getRefusal() {
    return ConsoleText.refusal(new InvalidInvitationException());
  }
}
