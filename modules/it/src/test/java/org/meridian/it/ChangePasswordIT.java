package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A signed-in person changes their password in the console. */
@ExtendWith(MeridianServer.class)
class ChangePasswordIT {

  private static final String PERSON = "password.demo@meridian.example.org";
  private static final String NEW_PASSWORD = "a brand new passphrase";

  private static HttpResponse<String> submit(
      Browser browser, HttpResponse<String> page, String current, String next, String again) {
    return FacesForm.on(page, "password")
        .with("password", "current", current)
        .with("password", "new", next)
        .with("password", "repeated", again)
        .press(browser, "password", "change");
  }

  /** The message shown right after the field's input. */
  private static String messageOn(HttpResponse<String> page, String field) {
    Document document = Jsoup.parse(page.body());
    return document.select("input[name=password:" + field + "] ~ span.field-error").text();
  }

  @Test
  void theCurrentPasswordAndThePolicyAreCheckedThenThePasswordChanges() {
    Browser browser = new Browser(MeridianServer.server());
    SignIn.as(browser, PERSON, MeridianServer.DEMO_PASSWORD, "198.51.100.71");
    HttpResponse<String> page = browser.get("/admin/password.xhtml");
    assertThat(page.statusCode()).isEqualTo(200);

    HttpResponse<String> wrong =
        submit(browser, page, "not my password", NEW_PASSWORD, NEW_PASSWORD);
    assertThat(messageOn(wrong, "current")).isEqualTo("The current password is not right");

    HttpResponse<String> weak =
        submit(browser, wrong, MeridianServer.DEMO_PASSWORD, "too short", "too short");
    assertThat(messageOn(weak, "new")).isEqualTo("A password needs at least 10 characters");

    HttpResponse<String> different =
        submit(browser, weak, MeridianServer.DEMO_PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "!");
    assertThat(messageOn(different, "repeated"))
        .isEqualTo("The two new passwords are not the same");

    HttpResponse<String> changed =
        submit(browser, different, MeridianServer.DEMO_PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
    assertThat(changed.body()).contains("Your password has been changed.");

    Browser later = new Browser(MeridianServer.server());
    SignIn.as(later, PERSON, NEW_PASSWORD, "198.51.100.71");
    assertThat(SignIn.isSignedIn(later)).isTrue();
    assertThat(
            SignIn.as(
                    new Browser(MeridianServer.server()),
                    PERSON,
                    MeridianServer.DEMO_PASSWORD,
                    "198.51.100.71")
                .body())
        .contains(SignIn.WRONG);
  }

  @Test
  void strangersCannotOpenThePasswordPage() {
    HttpResponse<String> page = new Browser(MeridianServer.server()).get("/admin/password.xhtml");
    assertThat(page.statusCode()).isEqualTo(302);
  }
}
