package org.meridian.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The sign-in form's anti-forgery token (login CSRF): a random value kept in the visitor's session
 * and written into the form; a sign-in post without the session's value is refused before any
 * password is checked, so a page on another site cannot sign a browser into another account.
 */
@Named
@RequestScoped
public class SignInFormToken {

  /** The form field that carries the token. */
  public static final String FIELD = "meridian_signin_token";

  /** The session attribute that holds the token. */
  public static final String SESSION_KEY = SignInFormToken.class.getName();

  private static final SecureRandom RANDOM = new SecureRandom();

  /** The session's token, made when the sign-in page is first shown in the session. */
  public String getValue() {
    HttpSession session =
        ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
            .getSession(true);
    Object token = session.getAttribute(SESSION_KEY);
    if (token instanceof String value) {
      return value;
    }
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    session.setAttribute(SESSION_KEY, value);
    return value;
  }

  /** Whether {@code request} (a sign-in post) carries its session's token. */
  public static boolean isCarriedBy(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(SESSION_KEY);
    String given = request.getParameter(FIELD);
    return expected instanceof String value
        && given != null
        && MessageDigest.isEqual(
            value.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
            given.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }
}
