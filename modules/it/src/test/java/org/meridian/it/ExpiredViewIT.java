package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A post from a page whose view has expired, or whose session has ended, over HTTP: the person is
 * taken (through sign-in when the session ended) back to the page they were on, with a message that
 * nothing was done; never an error page, and nothing is saved from the stale post.
 */
@ExtendWith(MeridianServer.class)
class ExpiredViewIT {

  private static final String GAMBIA_EDITOR = "gambia.editor@meridian.example.org";
  private static final String STALE_VIEW_STATE = "8427151170926531107:-5902224316129377853";

  private record Editor(String address, String action, Document page) {}

  private static Editor openAnItem(Browser browser) {
    Document list = FacesForms.signedInAt(browser, GAMBIA_EDITOR, "/admin/index.xhtml");
    String address = list.selectFirst("#content a.edit-link").attr("href");
    Document page = FacesForms.parse(browser.get(address));
    return new Editor(address, page.getElementById("edit").attr("action"), page);
  }

  private static Map<String, String> staleSave(String title) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("edit", "edit");
    fields.put("edit:title", title);
    fields.put("edit:save", "Save new revision");
    fields.put("jakarta.faces.ViewState", STALE_VIEW_STATE);
    return fields;
  }

  @Test
  void theEditorFormPostsToTheItemsOwnAddress() {
    Editor editor = openAnItem(new Browser(MeridianServer.server()));
    assertThat(editor.address()).contains("?item=");
    assertThat(editor.action()).endsWith(editor.address().substring(editor.address().indexOf('?')));
  }

  @Test
  void aPostFromAnExpiredViewGoesBackToThePageAndSavesNothing() {
    Browser browser = new Browser(MeridianServer.server());
    Editor editor = openAnItem(browser);
    String before = editor.page().selectFirst(".item-state").text();

    HttpResponse<String> answer =
        browser.postForm(editor.action(), staleSave("Typed before the view expired"));
    assertThat(answer.statusCode()).as(answer.body()).isIn(302, 303);
    assertThat(answer.headers().firstValue("Location").orElseThrow())
        .endsWith(editor.address() + "&expired=1");

    HttpResponse<String> back = browser.follow(answer);
    assertThat(back.statusCode()).isEqualTo(200);
    Document page = FacesForms.parse(back);
    assertThat(page.getElementById("expired-notice")).isNotNull();
    assertThat(page.getElementById("expired-notice").text())
        .contains("Your last action was not carried out");
    assertThat(page.selectFirst(".item-state").text()).as("no new revision").isEqualTo(before);
    assertThat(back.body()).doesNotContain("Typed before the view expired", "Exception");
  }

  @Test
  void anyConsoleFormAndAnAjaxRequestRecoverTheSameWay() {
    Browser browser = new Browser(MeridianServer.server());
    FacesForms.signedInAt(browser, GAMBIA_EDITOR, "/admin/media.xhtml");
    HttpResponse<String> plain =
        browser.postForm(
            "/admin/media.xhtml?q=river",
            Map.of(
                "details", "details",
                "details:title", "Renamed by a stale page",
                "jakarta.faces.ViewState", STALE_VIEW_STATE));
    assertThat(plain.statusCode()).isIn(302, 303);
    assertThat(plain.headers().firstValue("Location").orElseThrow())
        .endsWith("/admin/media.xhtml?q=river&expired=1");

    // The editor's heartbeat (an Ajax poll) from a page left open overnight: told to reload.
    HttpResponse<String> ajax =
        browser.postForm(
            "/admin/content/edit.xhtml?item=1",
            Map.of(
                "jakarta.faces.partial.ajax", "true",
                "jakarta.faces.source", "lock:j_idt1",
                "lock", "lock",
                "jakarta.faces.ViewState", STALE_VIEW_STATE),
            Map.of("Faces-Request", "partial/ajax"));
    assertThat(ajax.statusCode()).isEqualTo(200);
    assertThat(ajax.body())
        .contains("<redirect url=\"/admin/content/edit.xhtml?item=1&amp;expired=1\"")
        .doesNotContain("Exception");
  }

  @Test
  void aPostAfterTheSessionEndedGoesThroughSignInBackToThePage() {
    Browser first = new Browser(MeridianServer.server());
    Editor editor = openAnItem(first);

    // Another browser without a session posts the same form: the session has ended.
    Browser later = new Browser(MeridianServer.server());
    HttpResponse<String> challenge =
        later.postForm(editor.action(), staleSave("Typed before the session ended"));
    assertThat(challenge.statusCode()).isEqualTo(302);
    HttpResponse<String> signInPage = later.follow(challenge);
    assertThat(signInPage.uri().getPath()).isEqualTo("/admin/login.xhtml");

    HttpResponse<String> back =
        later.follow(
            later.postForm(
                "/j_security_check",
                SignIn.form(later, GAMBIA_EDITOR, MeridianServer.DEMO_PASSWORD)));
    assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
    assertThat(back.uri().getPath()).isEqualTo("/admin/content/edit.xhtml");
    assertThat(back.uri().getQuery())
        .contains(editor.address().substring(editor.address().indexOf('?') + 1));
    Document page = FacesForms.parse(back);
    assertThat(page.getElementById("expired-notice")).as(page.text()).isNotNull();
    assertThat(back.body()).doesNotContain("Typed before the session ended", "Exception");
  }
}
