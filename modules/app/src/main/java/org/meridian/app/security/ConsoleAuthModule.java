package org.meridian.app.security;

import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.MessagePolicy;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.auth.message.module.ServerAuthModule;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;
import org.meridian.admin.ExpiredViewRecovery;
import org.meridian.admin.SignInFormToken;
import org.meridian.tenancy.signin.KnownDevices;
import org.meridian.tenancy.signin.SignInAttempted.Outcome;

/**
 * The console's sign-in, as a Jakarta Authentication server module: the Servlet form posted to
 * {@code j_security_check} is checked by {@link ConsoleSignIn}; the person then stays signed in for
 * the session, which gets a new id (Payara keeps the old one through a form sign-in, which allows
 * session fixation); a console page asked for without signing in sends the browser to the sign-in
 * page and, once signed in, back to that page.
 *
 * <p>The container asks this module about every request, the public sites' too. It answers those at
 * once, without reading the request or touching the session: Jakarta Security's bridge, which did
 * this before, looked its mechanism up through JNDI twice per request and cost a third of a cached
 * public page's time (bench/README.md).
 */
final class ConsoleAuthModule implements ServerAuthModule {

  static final String LOGIN_PAGE = "/admin/login.xhtml";
  static final String CONSOLE = "/admin/";
  private static final String FORM_POST = "/j_security_check";

  /** The session attribute that holds who signed in. */
  static final String SIGNED_IN = ConsoleAuthModule.class.getName() + ".signedIn";

  /** The session attribute that holds the console address asked for before signing in. */
  static final String WANTED = ConsoleAuthModule.class.getName() + ".wanted";

  private static final String IS_MANDATORY =
      "jakarta.security.auth.message.MessagePolicy.isMandatory";

  /** Who is signed in to a session, and since when: kept in the session, so serialisable. */
  record SignedIn(String name, List<String> groups, java.time.Instant since)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  private final ConsoleSignIn signIn;
  private final org.meridian.tenancy.health.DatabaseAvailability database;
  private CallbackHandler handler;

  ConsoleAuthModule(
      ConsoleSignIn signIn, org.meridian.tenancy.health.DatabaseAvailability database) {
    this.signIn = signIn;
    this.database = database;
  }

  @Override
  public void initialize(
      MessagePolicy requestPolicy,
      MessagePolicy responsePolicy,
      CallbackHandler handler,
      @SuppressWarnings("rawtypes") Map options) {
    this.handler = handler;
  }

  @Override
  public Class<?>[] getSupportedMessageTypes() {
    return new Class<?>[] {HttpServletRequest.class, HttpServletResponse.class};
  }

  @Override
  public AuthStatus validateRequest(MessageInfo info, Subject client, Subject service)
      throws AuthException {
    HttpServletRequest request = (HttpServletRequest) info.getRequestMessage();
    HttpServletResponse response = (HttpServletResponse) info.getResponseMessage();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean mandatory = "true".equals(String.valueOf(info.getMap().get(IS_MANDATORY)));
    if (path.endsWith(FORM_POST) && "POST".equals(request.getMethod())) {
      return formPost(request, response);
    }
    if (!mandatory && !path.startsWith(CONSOLE)) {
      // The public sites, their media, the API (its own tokens): nobody is signed in there.
      return anonymous(client);
    }
    HttpSession session = request.getSession(false);
    Object signedIn = session == null ? null : session.getAttribute(SIGNED_IN);
    if (signedIn instanceof SignedIn who && database.isDown()) {
      // The database is away: the session is neither checked nor ended (the console answers 503
      // until it is back, DatabaseOutageFilter), so an outage signs nobody out.
      return signedIn(client, who);
    }
    if (signedIn instanceof SignedIn who) {
      // Asked again on every request: a disabled account, a person signed out everywhere or a
      // session past its lifetime ends now; roles taken away or given count now.
      java.util.Optional<ConsoleSignIn.Result> still = signIn.resume(who.name(), who.since());
      if (still.isPresent()) {
        return signedIn(client, new SignedIn(who.name(), still.get().groups(), who.since()));
      }
      session.invalidate();
      session = null;
    }
    if (!mandatory) {
      return anonymous(client); // the sign-in, reset and invitation pages
    }
    // Back to this address once signed in, by GET. A form posted to an ended session is not posted
    // again: its page comes back marked "expired" (as ExpiredViewRecovery does), so the console
    // says why, and the editor restores the copy of typed text it keeps in the tab.
    String query = request.getQueryString();
    String wanted = request.getRequestURI() + (query == null ? "" : "?" + query);
    if (!"GET".equals(request.getMethod())) {
      wanted += (query == null ? "?" : "&") + ExpiredViewRecovery.MARK + "=1";
    }
    request.getSession(true).setAttribute(WANTED, wanted);
    return redirect(response, request.getContextPath() + LOGIN_PAGE);
  }

  /**
   * The sign-in form's post. Only this request's parameters are read: asking any other request for
   * one would make the container read its body first (a large upload in full, before the size check
   * refuses it).
   */
  private AuthStatus formPost(HttpServletRequest request, HttpServletResponse response)
      throws AuthException {
    String login = request.getParameter("j_username");
    String password = request.getParameter("j_password");
    String loginPage = request.getContextPath() + LOGIN_PAGE;
    if (login == null || password == null) {
      return redirect(response, loginPage + "?failed=true");
    }
    if (!SignInFormToken.isCarriedBy(request)) {
      // Not from this browser's own sign-in page (login CSRF), or its session ended meanwhile:
      // nothing is checked or counted, the page is shown again with a fresh token.
      return redirect(response, loginPage + "?failed=expired");
    }
    ConsoleSignIn.Result result =
        signIn.check(
            login,
            password,
            request.getRemoteAddr(),
            request.getHeader("X-Forwarded-For"),
            deviceCookie(request));
    if (result.outcome() == Outcome.PAUSED) {
      // Same page, another message: shown for unknown addresses too, so it reveals nothing.
      return redirect(response, loginPage + "?failed=paused");
    }
    if (result.outcome() != Outcome.SUCCEEDED) {
      return redirect(response, loginPage + "?failed=true");
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      request.changeSessionId();
    } else {
      session = request.getSession(true);
    }
    session.setAttribute(SIGNED_IN, new SignedIn(result.name(), result.groups(), signIn.now()));
    rememberDevice(request, response, result.deviceCookie());
    Object wanted = session.getAttribute(WANTED);
    session.removeAttribute(WANTED);
    String consoleHome = request.getContextPath() + CONSOLE;
    return redirect(
        response,
        wanted instanceof String address && address.startsWith(consoleHome)
            ? address
            : consoleHome);
  }

  private static String deviceCookie(HttpServletRequest request) {
    jakarta.servlet.http.Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return null;
    }
    for (jakarta.servlet.http.Cookie cookie : cookies) {
      if (KnownDevices.COOKIE.equals(cookie.getName())) {
        return cookie.getValue();
      }
    }
    return null;
  }

  /** Gives the browser its device cookie for a year, sent back only with sign-in posts. */
  private static void rememberDevice(
      HttpServletRequest request, HttpServletResponse response, String value) {
    if (value == null) {
      return;
    }
    response.addHeader(
        "Set-Cookie",
        KnownDevices.COOKIE
            + "="
            + value
            + "; Path="
            + request.getContextPath()
            + "/j_security_check; Max-Age=31536000; HttpOnly; SameSite=Strict"
            + (request.isSecure() ? "; Secure" : ""));
  }

  private AuthStatus signedIn(Subject client, SignedIn who) throws AuthException {
    handle(
        new CallerPrincipalCallback(client, who.name()),
        new GroupPrincipalCallback(client, who.groups().toArray(String[]::new)));
    return AuthStatus.SUCCESS;
  }

  private AuthStatus anonymous(Subject client) throws AuthException {
    handle(new CallerPrincipalCallback(client, (Principal) null));
    return AuthStatus.SUCCESS;
  }

  private static AuthStatus redirect(HttpServletResponse response, String location)
      throws AuthException {
    try {
      org.meridian.app.web.RelativeRedirects.send(response, location);
      return AuthStatus.SEND_CONTINUE;
    } catch (IOException e) {
      throw (AuthException) new AuthException("Could not redirect to " + location).initCause(e);
    }
  }

  private void handle(Callback... callbacks) throws AuthException {
    try {
      handler.handle(callbacks);
    } catch (IOException | UnsupportedCallbackException e) {
      throw (AuthException) new AuthException("The container refused the caller").initCause(e);
    }
  }

  @Override
  public AuthStatus secureResponse(MessageInfo info, Subject service) {
    return AuthStatus.SEND_SUCCESS;
  }

  /** Signing out ({@code HttpServletRequest.logout()}): the session forgets who signed in. */
  @Override
  public void cleanSubject(MessageInfo info, Subject subject) {
    HttpSession session = ((HttpServletRequest) info.getRequestMessage()).getSession(false);
    if (session != null) {
      session.removeAttribute(SIGNED_IN);
    }
    if (subject != null) {
      subject.getPrincipals().clear();
    }
  }
}
