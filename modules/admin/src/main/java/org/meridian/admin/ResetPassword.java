package org.meridian.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.meridian.tenancy.reset.InvalidResetLinkException;
import org.meridian.tenancy.reset.PasswordResets;

/** Sets a new password with the token of a reset link ({@code ?token=}). */
@Named
@ViewScoped
public class ResetPassword extends PasswordFromLink {

  private static final long serialVersionUID = 1L;

  @Inject private PasswordResets resets;

  public void reset() {
    submit("reset");
  }

  @Override
  protected boolean linkIsUsable(String token) {
    return resets.isUsable(token);
  }

  @Override
  protected boolean complete(String token, String password) {
    try {
      resets.complete(token, password);
      return true;
    } catch (InvalidResetLinkException e) {
      return false;
    }
  }

  @Override
  public String getRefusal() {
    return ConsoleText.refusal(new InvalidResetLinkException());
  }
}
