package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import org.meridian.tenancy.people.NewPassword;

/**
 * What the views that set a password from an e-mailed link ({@code ?token=}) share: reading the
 * token, checking it once, and taking the new password with messages on the form's fields.
 */
abstract class PasswordFromLink implements Serializable {

  private static final long serialVersionUID = 1L;

  private String token;
  private boolean usable;
  private boolean done;
  private String newPassword;
  private String repeatedPassword;

  /** Whether the link's token may still be used. */
  protected abstract boolean linkIsUsable(String token);

  /** Uses the token to set the password; false when the link is no longer valid. */
  protected abstract boolean complete(String token, String checkedPassword);

  /** Why a link is refused: one message for unknown, expired, used and replaced links alike. */
  public abstract String getRefusal();

  @PostConstruct
  void init() {
    token =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("token");
    usable = linkIsUsable(token);
  }

  /** Sets the password; {@code formId} names the form whose fields get the messages. */
  protected void submit(String formId) {
    try {
      if (complete(token, NewPassword.accept(newPassword, repeatedPassword))) {
        done = true;
      } else {
        usable = false;
      }
    } catch (NewPassword.NotRepeatedException e) {
      Messages.refusalOn(formId + ":repeated", e);
    } catch (IllegalArgumentException e) {
      Messages.refusalOn(formId + ":new", e);
    }
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
