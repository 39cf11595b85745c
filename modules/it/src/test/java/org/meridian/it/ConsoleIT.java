package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The admin console's sign-in and content list, over HTTP as a browser would use them. */
@ExtendWith(MeridianServer.class)
class ConsoleIT {

  private static final String GAMBIA_EDITOR = "gambia.editor@meridian.example.org";
  private static final String PUBLISHER = "wca.publisher@meridian.example.org";

  private Browser browser;

  @BeforeEach
  void newBrowser() {
    browser = new Browser(MeridianServer.server());
  }

  private HttpResponse<String> signIn(String email, String password) {
    HttpResponse<String> challenge = browser.get("/admin/index.xhtml");
    assertThat(challenge.statusCode()).isEqualTo(302);
    assertThat(challenge.headers().firstValue("Location").orElseThrow())
        .endsWith("/admin/login.xhtml");
    assertThat(browser.follow(challenge).statusCode()).isEqualTo(200);
    return browser.postForm("/j_security_check", SignIn.form(browser, email, password));
  }

  private static List<String> titles(Document console) {
    return console.select("#content tbody tr a.edit-link").eachText();
  }

  @Test
  void theConsoleAsksStrangersToSignIn() {
    HttpResponse<String> entry = browser.get("/admin/");
    HttpResponse<String> login = browser.follow(entry);
    assertThat(login.uri().getPath()).isEqualTo("/admin/login.xhtml");
    assertThat(Jsoup.parse(login.body()).select("input[name=j_username]")).hasSize(1);
  }

  @Test
  void anEditorSeesTheirOfficesContentIncludingDraftsAndNothingElse() {
    HttpResponse<String> signedIn =
        browser.follow(signIn(GAMBIA_EDITOR, MeridianServer.DEMO_PASSWORD));
    assertThat(signedIn.statusCode()).isEqualTo(200);
    assertThat(signedIn.uri().getPath()).isEqualTo("/admin/index.xhtml");
    Document console = Jsoup.parse(signedIn.body());
    assertThat(titles(console)).isNotEmpty().doesNotContain("À propos", "Who we are");
    // The list shows 50 items a page, and other tests add news and pages: look at pages by title
    // ("About us" comes before the tests' own), then at drafts.
    Document pages = Jsoup.parse(browser.get("/admin/index.xhtml?type=PAGE&sort=title").body());
    assertThat(titles(pages)).contains("About us").doesNotContain("À propos", "Who we are");
    Document drafts = Jsoup.parse(browser.get("/admin/index.xhtml?state=DRAFT").body());
    assertThat(titles(drafts)).isNotEmpty().doesNotContain("À propos", "Who we are");
    assertThat(drafts.select("#content tbody tr").eachText())
        .allMatch(row -> row.contains("Draft"));
  }

  @Test
  void aWrongPasswordIsRefusedWithAMessageAndNoSession() {
    HttpResponse<String> refused = browser.follow(signIn(GAMBIA_EDITOR, "not-the-password"));
    assertThat(refused.body()).contains("The e-mail address or password is not right");
    assertThat(browser.get("/admin/index.xhtml").statusCode()).isEqualTo(302);
  }

  @Test
  void anUnknownPersonIsRefusedTheSameWay() {
    HttpResponse<String> refused =
        browser.follow(signIn("nobody@meridian.example.org", MeridianServer.DEMO_PASSWORD));
    assertThat(refused.body()).contains("The e-mail address or password is not right");
  }

  @Test
  void aPersonInTwoOfficesSwitchesBetweenThemButNotIntoOthers() {
    Document gambia =
        Jsoup.parse(browser.follow(signIn(PUBLISHER, MeridianServer.DEMO_PASSWORD)).body());
    assertThat(gambia.select("#office option").eachAttr("value"))
        .containsExactly("gambia", "senegal");
    assertThat(titles(gambia)).doesNotContain("À propos");
    Document gambiaPages =
        Jsoup.parse(browser.get("/admin/index.xhtml?type=PAGE&sort=title").body());
    assertThat(titles(gambiaPages)).contains("About us").doesNotContain("À propos");

    Document senegal =
        Jsoup.parse(browser.get("/admin/index.xhtml?office=senegal&type=PAGE&sort=title").body());
    assertThat(titles(senegal))
        .contains("À propos")
        .doesNotContain("Coastal resilience study: first findings");

    Document stillSenegal =
        Jsoup.parse(browser.get("/admin/index.xhtml?office=hq&type=PAGE&sort=title").body());
    assertThat(titles(stillSenegal)).contains("À propos").doesNotContain("Who we are");
  }

  @Test
  void signingOutEndsTheSession() {
    Document console =
        Jsoup.parse(browser.follow(signIn(GAMBIA_EDITOR, MeridianServer.DEMO_PASSWORD)).body());
    Element form = console.selectFirst("form#signout");
    Map<String, String> fields = new LinkedHashMap<>();
    for (Element input : form.select("input")) {
      fields.put(input.attr("name"), input.attr("value"));
    }
    HttpResponse<String> out = browser.follow(browser.postForm(form.attr("action"), fields));
    assertThat(out.uri().getPath()).isEqualTo("/admin/login.xhtml");
    assertThat(out.body()).contains("You have signed out");
    assertThat(browser.get("/admin/index.xhtml").statusCode()).isEqualTo(302);
  }
}
