package org.meridian.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.meridian.tenancy.people.AccountDirectory;
import org.meridian.tenancy.people.NewPassword;
import org.meridian.tenancy.people.WrongPasswordException;

/** A signed-in person changes their password; the current one is asked for first. */
@Named
@ViewScoped
public class ChangePassword implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AccountDirectory accounts;

  private String currentPassword;
  private String newPassword;
  private String repeatedPassword;

  public void change() {
    String email =
        FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    try {
      String accepted = NewPassword.accept(newPassword, repeatedPassword);
      accounts.changePassword(email, currentPassword.toCharArray(), accepted);
      currentPassword = null;
      newPassword = null;
      repeatedPassword = null;
      Messages.info("password.changed");
    } catch (WrongPasswordException e) {
      Messages.refusalOn("password:current", e);
    } catch (NewPassword.NotRepeatedException e) {
      Messages.refusalOn("password:repeated", e);
    } catch (IllegalArgumentException e) {
      Messages.refusalOn("password:new", e);
    }
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
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
