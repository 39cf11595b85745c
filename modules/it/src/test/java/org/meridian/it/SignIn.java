package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

/** Signing in to the console as a browser does: protected page, sign-in page, form post. */
final class SignIn {

  static final String WRONG = "The e-mail address or password is not right";
  static final String PAUSED = "Too many failed attempts";

  private SignIn() {}

  /** Posts the sign-in form "from" {@code clientAddress}; returns the answer before redirects. */
  static HttpResponse<String> post(
      Browser browser, String email, String password, String clientAddress) {
    HttpResponse<String> challenge = browser.get("/admin/index.xhtml");
    assertThat(challenge.statusCode()).isEqualTo(302);
    assertThat(browser.follow(challenge).statusCode()).isEqualTo(200);
    return browser.postForm(
        "/j_security_check",
        Map.of("j_username", email, "j_password", password),
        Map.of("X-Forwarded-For", clientAddress));
  }

  /** Signs in and follows the redirects: the console, or the sign-in page with a message. */
  static HttpResponse<String> as(
      Browser browser, String email, String password, String clientAddress) {
    return browser.follow(post(browser, email, password, clientAddress));
  }

  /** Whether the browser's session is signed in (the console answers instead of redirecting). */
  static boolean isSignedIn(Browser browser) {
    return browser.get("/admin/index.xhtml").statusCode() == 200;
  }
}
