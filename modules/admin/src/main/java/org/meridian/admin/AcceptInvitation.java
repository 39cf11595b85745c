package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.meridian.tenancy.invitation.InvalidInvitationException;
import org.meridian.tenancy.invitation.Invitations;
import org.meridian.tenancy.people.NewPassword;

/**
 * An invited person chooses their first password with the token of their invitation link ({@code
 * ?token=}); then they sign in themselves.
 */
@Named
@ViewScoped
public class AcceptInvitation implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient Invitations invitations;

  private String token;
  private boolean usable;
  private boolean done;
  private String newPassword;
  private String repeatedPassword;

  @PostConstruct
  void init() {
    token =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("token");
    usable = invitations.isUsable(token);
  }

  public void accept() {
    try {
      invitations.accept(token, NewPassword.accept(newPassword, repeatedPassword));
      done = true;
    } catch (InvalidInvitationException e) {
      usable = false;
    } catch (NewPassword.NotRepeatedException e) {
      Messages.errorOn("welcome:repeated", e.getMessage());
    } catch (IllegalArgumentException e) {
      Messages.errorOn("welcome:new", e.getMessage());
    }
  }

  /** Why a link is refused: one message for unknown, expired, used and replaced links alike. */
  public String getRefusal() {
    return new InvalidInvitationException().getMessage();
  }

  public boolean isUsable() {
    return usable;
  }

  public boolean isDone() {
    return done;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeatedPassword() {
    return repeatedPassword;
  }

  public void setRepeatedPassword(String repeatedPassword) {
    this.repeatedPassword = repeatedPassword;
  }
}
