package org.meridian.app.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.meridian.tenancy.people.AccountDirectory;
import org.meridian.tenancy.people.AccountIdentityStore;
import org.meridian.tenancy.signin.SignInAttempted;
import org.meridian.tenancy.signin.SignInAttempted.Outcome;
import org.meridian.tenancy.signin.SignInThrottle;

/**
 * The console's sign-in: the Servlet form ({@code j_security_check}) checked against Meridian's
 * accounts, with what the built-in form mechanism lacks: failed sign-ins are counted and a login
 * name or client address that fails too often is paused ({@link SignInThrottle}), and the session
 * gets a new id when someone signs in (Payara keeps the old one, which allows session fixation).
 */
@AutoApplySession
@LoginToContinue(
    loginPage = ConsoleSignIn.LOGIN_PAGE,
    errorPage = ConsoleSignIn.LOGIN_PAGE + "?failed=true",
    useForwardToLogin = false)
// "HQ_ADMIN" is Role.HQ_ADMIN's name (annotations need a constant): it guards the outbox view.
@DeclareRoles({AccountIdentityStore.STAFF, "HQ_ADMIN"})
@ApplicationScoped
public class ConsoleSignIn implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/admin/login.xhtml";

  @Inject private IdentityStoreHandler identityStores;
  @Inject private SignInThrottle throttle;
  @Inject private AccountDirectory accounts;
  @Inject private Event<SignInAttempted> attempts;

  @Inject
  @ConfigProperty(name = "meridian.signin.trusted-proxies", defaultValue = " ")
  private String trustedProxies;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    // Only the sign-in form's post is read: asking any other request for a parameter would make the
    // container read its body first (a multipart upload in full, before the size check refuses it).
    if (!"POST".equals(request.getMethod())
        || !request.getRequestURI().endsWith("/j_security_check")) {
      return context.doNothing();
    }
    String login = request.getParameter("j_username");
    String password = request.getParameter("j_password");
    if (login == null || password == null) {
      return context.doNothing();
    }
    String client =
        ClientAddress.of(
            request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustedProxySet());
    if (throttle.pausedUntil(login, client).isPresent()) {
      attempts.fire(new SignInAttempted(login, client, Outcome.PAUSED));
      return paused(request, context);
    }
    CredentialValidationResult result =
        identityStores.validate(new UsernamePasswordCredential(login, new Password(password)));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      throttle.recordFailure(login, client);
      attempts.fire(new SignInAttempted(login, client, Outcome.FAILED));
      // An invalid result makes SEND_FAILURE without committing the response, so that
      // @LoginToContinue can redirect to the error page.
      return throttle.pausedUntil(login, client).isPresent()
          ? paused(request, context)
          : context.notifyContainerAboutLogin(result);
    }
    throttle.forgetFailures(login);
    accounts.recordSignIn(result.getCallerPrincipal().getName());
    attempts.fire(new SignInAttempted(login, client, Outcome.SUCCEEDED));
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    return context.notifyContainerAboutLogin(result);
  }

  /** Same page, another message: it is shown for unknown addresses too, so it reveals nothing. */
  private static AuthenticationStatus paused(
      HttpServletRequest request, HttpMessageContext context) {
    return context.redirect(request.getContextPath() + LOGIN_PAGE + "?failed=paused");
  }

  private Set<String> trustedProxySet() {
    return ClientAddress.trustedProxies(trustedProxies);
  }
}
