package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.meridian.tenancy.people.NewPassword;
import org.meridian.tenancy.reset.InvalidResetLinkException;
import org.meridian.tenancy.reset.PasswordResets;

/** Sets a new password with the token of a reset link ({@code ?token=}). */
@Named
@ViewScoped
public class ResetPassword implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient PasswordResets resets;

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
    usable = resets.isUsable(token);
  }

  public void reset() {
    try {
      resets.complete(token, NewPassword.accept(newPassword, repeatedPassword));
      done = true;
    } catch (InvalidResetLinkException e) {
      usable = false;
    } catch (NewPassword.NotRepeatedException e) {
      Messages.errorOn("reset:repeated", e.getMessage());
    } catch (IllegalArgumentException e) {
      Messages.errorOn("reset:new", e.getMessage());
    }
  }

  /** Why a link is refused: one message for unknown, expired, used and replaced links alike. */
  public String getRefusal() {
    return new InvalidResetLinkException().getMessage();
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
