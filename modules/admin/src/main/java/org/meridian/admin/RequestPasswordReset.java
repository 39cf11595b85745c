package org.meridian.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.meridian.tenancy.reset.PasswordResets;

/**
 * Someone who forgot their password asks for a link. The answer is the same whether or not the
 * address has an account.
 */
@Named
@ViewScoped
public class RequestPasswordReset implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PasswordResets resets;

  private String email;
  private boolean requested;

  public void send() {
    resets.request(email);
    requested = true;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public boolean isRequested() {
    return requested;
  }
}
