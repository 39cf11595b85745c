package org.meridian.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.meridian.tenancy.people.AccountDirectory;

/** Ends the session and signs the person out; or every session of theirs, everywhere. */
@Named
@RequestScoped
public class SignOut {

  @Inject private AccountDirectory accounts;

  public void signOut() throws IOException, ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/admin/login.xhtml?signedOut=true");
  }

  /**
   * Ends every console session of the signed-in person, on every device, then this one: the other
   * sessions end at their next request ({@code SessionRule}).
   */
  public void signOutEverywhere() throws IOException, ServletException {
    String me = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    accounts.endSessions(me, me);
    signOut();
  }
}
