package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Password reset links end to end: asked for on the public page, read from the mail outbox (as an
 * HQ administrator, until Meridian sends e-mail), used once.
 */
@ExtendWith(MeridianServer.class)
class PasswordResetIT {

  private static final String RESET = "reset.demo@meridian.example.org";
  private static final String HQ_ADMIN = "hq.admin@meridian.example.org";
  private static final String ANSWER = "If an account exists for that address";
  private static final String REFUSED = "This link is not valid";
  private static final Pattern LINK =
      Pattern.compile("/admin/reset-password\\.xhtml\\?token=[A-Za-z0-9_-]+");

  private static Browser browser() {
    return new Browser(MeridianServer.server());
  }

  private static String askForALink(String email) {
    Browser visitor = browser();
    HttpResponse<String> page = visitor.get("/admin/reset.xhtml");
    assertThat(page.statusCode()).isEqualTo(200);
    HttpResponse<String> answer =
        FacesForm.on(page, "reset").with("reset", "email", email).press(visitor, "reset", "send");
    assertThat(answer.statusCode()).isEqualTo(200);
    return Jsoup.parse(answer.body()).select("#sent").text();
  }

  /** The reset links in the outbox for {@code email}, newest first. */
  private static List<String> linksFor(String email) {
    Browser hq = browser();
    SignIn.as(hq, HQ_ADMIN, MeridianServer.DEMO_PASSWORD, "127.0.0.1");
    HttpResponse<String> outbox = hq.get("/admin/outbox.xhtml");
    assertThat(outbox.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(outbox.body());
    return page
        .select("article.outbox-message[data-recipient=" + email + "] pre.outbox-body")
        .eachText()
        .stream()
        .map(
            body -> {
              Matcher link = LINK.matcher(body);
              assertThat(link.find()).as("a link in %s", body).isTrue();
              return link.group();
            })
        .toList();
  }

  @Test
  void aLinkFromTheOutboxSetsANewPasswordOnceAndClosesTheOlderLinks() {
    assertThat(askForALink(RESET)).contains(ANSWER);
    assertThat(askForALink(RESET)).contains(ANSWER);
    List<String> links = linksFor(RESET);
    assertThat(links).hasSize(2).doesNotHaveDuplicates();
    String newest = links.get(0);
    String older = links.get(1);

    Browser owner = browser();
    HttpResponse<String> form = owner.get(newest);
    assertThat(form.statusCode()).isEqualTo(200);
    HttpResponse<String> tooShort =
        FacesForm.on(form, "reset")
            .with("reset", "new", "short")
            .with("reset", "repeated", "short")
            .press(owner, "reset", "save");
    assertThat(Jsoup.parse(tooShort.body()).select("#reset span.field-error").text())
        .contains("A password needs at least 10 characters");

    String newPassword = "a new passphrase for the reset test";
    HttpResponse<String> done =
        FacesForm.on(tooShort, "reset")
            .with("reset", "new", newPassword)
            .with("reset", "repeated", newPassword)
            .press(owner, "reset", "save");
    assertThat(done.body()).contains("Your new password is set");

    Browser signedIn = browser();
    SignIn.as(signedIn, RESET, newPassword, "198.51.100.61");
    assertThat(SignIn.isSignedIn(signedIn)).isTrue();
    assertThat(SignIn.as(browser(), RESET, MeridianServer.DEMO_PASSWORD, "198.51.100.61").body())
        .contains(SignIn.WRONG);

    for (String spent : List.of(newest, older)) {
      String again = browser().get(spent).body();
      assertThat(again).as(spent).contains(REFUSED);
      assertThat(Jsoup.parse(again).select("form#reset")).isEmpty();
    }
  }

  @Test
  void theAnswerIsTheSameForAnAddressWithoutAnAccountAndNothingIsQueued() {
    String nobody = "nobody.reset@meridian.example.org";
    String answer = askForALink(nobody);
    assertThat(answer)
        .contains(ANSWER)
        .isEqualTo(askForALink("gambia.editor@meridian.example.org"));
    assertThat(linksFor(nobody)).isEmpty();
  }

  @Test
  void unknownAndMissingTokensAreRefusedWithTheSameMessage() {
    for (String path :
        List.of(
            "/admin/reset-password.xhtml?token=not-a-real-token",
            "/admin/reset-password.xhtml?token=",
            "/admin/reset-password.xhtml")) {
      HttpResponse<String> page = browser().get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      assertThat(page.body()).as(path).contains(REFUSED);
      assertThat(Jsoup.parse(page.body()).select("form#reset")).as(path).isEmpty();
    }
  }

  @Test
  void onlyHqAdministratorsReadTheOutbox() {
    Browser editor = browser();
    SignIn.as(
        editor, "gambia.editor@meridian.example.org", MeridianServer.DEMO_PASSWORD, "127.0.0.1");
    assertThat(editor.get("/admin/outbox.xhtml").statusCode()).isEqualTo(403);
    assertThat(browser().get("/admin/outbox.xhtml").statusCode()).isEqualTo(302);
  }
}
