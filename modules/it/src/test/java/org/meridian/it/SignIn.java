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
    HttpResponse<String> page = browser.follow(challenge);
    assertThat(page.statusCode()).isEqualTo(200);
    return browser.postForm(
        "/j_security_check",
        fields(page, email, password),
        Map.of("X-Forwarded-For", clientAddress));
  }

  /**
   * The sign-in form's fields as the browser's own sign-in page fills them: the e-mail address, the
   * password and the page's anti-forgery token (read from the page, which makes it for the
   * browser's session).
   */
  static Map<String, String> form(Browser browser, String email, String password) {
    HttpResponse<String> page = browser.get("/admin/login.xhtml");
    assertThat(page.statusCode()).isEqualTo(200);
    return fields(page, email, password);
  }

  private static Map<String, String> fields(
      HttpResponse<String> page, String email, String password) {
    org.jsoup.nodes.Element token =
        org.jsoup.Jsoup.parse(page.body()).selectFirst("input[name=meridian_signin_token]");
    assertThat(token).as("the sign-in form's token").isNotNull();
    return Map.of(
        "j_username", email, "j_password", password, "meridian_signin_token", token.attr("value"));
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
