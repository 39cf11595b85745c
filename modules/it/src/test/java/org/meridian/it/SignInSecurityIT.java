package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.it.SignIn.PAUSED;
import static org.meridian.it.SignIn.WRONG;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Lock-out, throttling and sessions at sign-in. Each test signs in "from" its own documentation
 * address (the suite's server trusts X-Forwarded-For from localhost), so failures never add up
 * across tests.
 */
@ExtendWith(MeridianServer.class)
class SignInSecurityIT {

  private static final String LOCKOUT = "lockout.demo@meridian.example.org";
  private static final String SENEGAL_EDITOR = "senegal.editor@meridian.example.org";
  private static final String GAMBIA_EDITOR = "gambia.editor@meridian.example.org";

  private static String attempt(String email, String password, String from) {
    return SignIn.as(new Browser(MeridianServer.server()), email, password, from).body();
  }

  @Test
  void fiveFailuresPauseAnAccountEvenForTheRightPassword() {
    String from = "198.51.100.11";
    for (int i = 1; i <= 4; i++) {
      assertThat(attempt(LOCKOUT, "wrong-password-" + i, from)).as("attempt %s", i).contains(WRONG);
    }
    assertThat(attempt(LOCKOUT, "wrong-password-5", from)).contains(PAUSED);

    Browser browser = new Browser(MeridianServer.server());
    assertThat(SignIn.as(browser, LOCKOUT, MeridianServer.DEMO_PASSWORD, from).body())
        .contains(PAUSED)
        .doesNotContain(WRONG);
    assertThat(SignIn.isSignedIn(browser)).isFalse();

    // From another address too: the pause belongs to the account, not to the address.
    assertThat(attempt(LOCKOUT, MeridianServer.DEMO_PASSWORD, "198.51.100.12")).contains(PAUSED);
    // Other people are not affected.
    Browser other = new Browser(MeridianServer.server());
    SignIn.as(other, GAMBIA_EDITOR, MeridianServer.DEMO_PASSWORD, from);
    assertThat(SignIn.isSignedIn(other)).isTrue();
  }

  @Test
  void anAddressWithoutAnAccountIsPausedTheSameWaySoNothingIsRevealed() {
    String from = "198.51.100.21";
    String nobody = "nobody.lockout@meridian.example.org";
    for (int i = 1; i <= 4; i++) {
      assertThat(attempt(nobody, "wrong-password-" + i, from)).contains(WRONG);
    }
    assertThat(attempt(nobody, "wrong-password-5", from)).contains(PAUSED);
    assertThat(attempt(nobody, "wrong-password-6", from)).contains(PAUSED);
  }

  @Test
  void oneClientAddressCannotTryPasswordsOnManyAccounts() {
    String from = "203.0.113.20";
    for (int i = 1; i <= 19; i++) {
      assertThat(attempt("sprayed" + i + "@meridian.example.org", "password-123", from))
          .as("attempt %s", i)
          .contains(WRONG);
    }
    assertThat(attempt("sprayed20@meridian.example.org", "password-123", from)).contains(PAUSED);
    assertThat(attempt(SENEGAL_EDITOR, MeridianServer.DEMO_PASSWORD, from)).contains(PAUSED);

    Browser elsewhere = new Browser(MeridianServer.server());
    SignIn.as(elsewhere, SENEGAL_EDITOR, MeridianServer.DEMO_PASSWORD, "203.0.113.21");
    assertThat(SignIn.isSignedIn(elsewhere)).isTrue();
  }

  @Test
  void theSessionGetsANewIdAtSignInAndTheOldIdIsWorthNothing() {
    Browser browser = new Browser(MeridianServer.server());
    browser.follow(browser.get("/admin/index.xhtml"));
    String before = browser.cookie("JSESSIONID").orElseThrow();

    HttpResponse<String> signedIn =
        SignIn.post(browser, GAMBIA_EDITOR, MeridianServer.DEMO_PASSWORD, "198.51.100.41");
    assertThat(sessionCookie(signedIn)).as("Set-Cookie at sign-in").isNotNull();
    String after = browser.cookie("JSESSIONID").orElseThrow();
    assertThat(after).isNotEqualTo(before);
    assertThat(browser.follow(signedIn).uri().getPath()).isEqualTo("/admin/index.xhtml");
    assertThat(SignIn.isSignedIn(browser)).isTrue();

    // Someone who planted or learnt the old id before sign-in gets nothing with it.
    Browser attacker = new Browser(MeridianServer.server());
    HttpResponse<String> withOldId =
        attacker.get("/admin/index.xhtml", Map.of("Cookie", "JSESSIONID=" + before));
    assertThat(withOldId.statusCode()).isEqualTo(302);
    assertThat(withOldId.headers().firstValue("Location").orElseThrow())
        .endsWith("/admin/login.xhtml");
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteLax() {
    Browser browser = new Browser(MeridianServer.server());
    String first = sessionCookie(browser.get("/admin/index.xhtml"));
    assertThat(first).isNotNull();
    String renewed =
        sessionCookie(
            SignIn.post(browser, GAMBIA_EDITOR, MeridianServer.DEMO_PASSWORD, "198.51.100.51"));
    for (String cookie : List.of(first, renewed)) {
      assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }
  }

  private static String sessionCookie(HttpResponse<String> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .reduce((a, b) -> b)
        .orElse(null);
  }

  /**
   * Login CSRF: a page on another site posts the sign-in form with the attacker's own account, so
   * that the victim's browser works in it. Without the token of the browser's own sign-in page,
   * nobody is signed in, whatever the password.
   */
  @Test
  void aSignInFormPostedFromAnotherSiteSignsNobodyIn() {
    String email = "gambia.editor@meridian.example.org";
    Browser victim = new Browser(MeridianServer.server());
    HttpResponse<String> noToken =
        victim.postForm(
            "/j_security_check",
            Map.of("j_username", email, "j_password", MeridianServer.DEMO_PASSWORD));
    assertThat(noToken.headers().firstValue("Location").orElse(""))
        .endsWith("/admin/login.xhtml?failed=expired");
    assertThat(SignIn.isSignedIn(victim)).isFalse();

    Browser visited = new Browser(MeridianServer.server());
    Map<String, String> form = new java.util.HashMap<>(SignIn.form(visited, email, "x"));
    form.put("j_password", MeridianServer.DEMO_PASSWORD);
    form.put("meridian_signin_token", "forged-elsewhere");
    HttpResponse<String> forged = visited.follow(visited.postForm("/j_security_check", form));
    assertThat(forged.uri().getPath()).isEqualTo("/admin/login.xhtml");
    assertThat(forged.body()).contains("did not come from this site");
    assertThat(SignIn.isSignedIn(visited)).isFalse();
  }

  /**
   * An office works behind one address. Someone there tries passwords on many accounts: the address
   * is paused for new browsers, but the office's people, whose browsers signed in before, go on
   * signing in (each still held to their own login's limit).
   */
  @Test
  void anAttackerBehindAnOfficesAddressDoesNotLockItsPeopleOut() {
    String office = "198.51.100.151";
    String colleague = "gambia.admin@meridian.example.org";
    Browser known = new Browser(MeridianServer.server());
    assertThat(SignIn.as(known, colleague, MeridianServer.DEMO_PASSWORD, office).uri().getPath())
        .isEqualTo("/admin/index.xhtml");
    assertThat(known.cookie("meridian_device")).as("the device cookie").isPresent();

    Browser attacker = new Browser(MeridianServer.server());
    for (int i = 0; i < 21; i++) {
      SignIn.post(attacker, "spray-" + i + "@example.org", "Summer2026!", office);
    }
    Browser newcomer = new Browser(MeridianServer.server());
    HttpResponse<String> paused =
        SignIn.as(newcomer, "gambia.editor@meridian.example.org", MeridianServer.DEMO_PASSWORD, office);
    assertThat(paused.body()).contains(PAUSED);
    assertThat(SignIn.isSignedIn(newcomer)).isFalse();

    known.restart();
    assertThat(SignIn.isSignedIn(known)).as("a new browser session").isFalse();
    HttpResponse<String> again = SignIn.as(known, colleague, MeridianServer.DEMO_PASSWORD, office);
    assertThat(again.uri().getPath()).as(again.body()).isEqualTo("/admin/index.xhtml");
    assertThat(SignIn.isSignedIn(known)).isTrue();
  }
}
