package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A console session follows its account on every request: disabled, signed out everywhere, removed
 * from an office or given another role, the person is out or narrowed at their next request, not
 * at their next sign-in. (The maximum lifetime is {@code SessionRuleTest}'s: hours do not pass in a
 * test.)
 */
@ExtendWith(MeridianServer.class)
class SessionsIT {

  private static final String PERSON = "session.demo@meridian.example.org";
  private static final String HQ_ADMIN = "hq.admin@meridian.example.org";
  private static final String GAMBIA_PEOPLE = "/admin/people.xhtml?manage=gambia";

  /** Whether the session's next console request is sent to the sign-in page. */
  private static boolean isSignedOut(ConsoleSession session) {
    HttpResponse<String> next = session.get("/admin/index.xhtml");
    return next.statusCode() == 302
        && next.headers().firstValue("Location").orElse("").contains("/admin/login.xhtml");
  }

  private static Document press(ConsoleSession hq, String role, String label) {
    return PeopleIT.pressInRow(hq, hq.open(GAMBIA_PEOPLE), PERSON, role, label);
  }

  @Test
  void aDisabledAccountIsOutAtItsNextRequest() {
    ConsoleSession person = ConsoleSession.signIn(PERSON);
    assertThat(isSignedOut(person)).isFalse();
    ConsoleSession hq = ConsoleSession.signIn(HQ_ADMIN);
    try {
      press(hq, "EDITOR", "Disable account");
      assertThat(isSignedOut(person)).as("the open session of a disabled account").isTrue();
      // and a post from the page it had open creates nothing
      HttpResponse<String> post =
          person.post(
              "/admin/content/edit.xhtml",
              "application/x-www-form-urlencoded",
              "editor%3Atitle=Written+after+being+disabled");
      assertThat(post.uri().getPath()).isEqualTo("/admin/login.xhtml");
    } finally {
      press(hq, "EDITOR", "Enable account");
    }
    assertThat(isSignedOut(ConsoleSession.signIn(PERSON))).isFalse();
  }

  @Test
  void signingOutEverywhereEndsEverySessionOfThePerson() {
    ConsoleSession laptop = ConsoleSession.signIn(PERSON);
    ConsoleSession phone = ConsoleSession.signIn(PERSON);
    Document password = laptop.open("/admin/password.xhtml");
    HttpResponse<String> out =
        laptop.press(password, "everywhere", Map.of(), "everywhere:sign-out-everywhere");
    assertThat(out.uri().getPath()).isEqualTo("/admin/login.xhtml");
    assertThat(isSignedOut(laptop)).isTrue();
    assertThat(isSignedOut(phone)).as("the other device's session").isTrue();

    // Signing in again works at once; and an HQ administrator can do the same for anyone.
    ConsoleSession again = ConsoleSession.signIn(PERSON);
    assertThat(isSignedOut(again)).isFalse();
    press(ConsoleSession.signIn(HQ_ADMIN), "EDITOR", "Sign out everywhere");
    assertThat(isSignedOut(again)).isTrue();
  }

  @Test
  void aRoleGivenOrTakenAwayCountsAtTheNextRequest() {
    ConsoleSession person = ConsoleSession.signIn(PERSON);
    assertThat(person.open("/admin/people.xhtml").select("#not-allowed")).hasSize(1);
    ConsoleSession hq = ConsoleSession.signIn(HQ_ADMIN);
    Document asked = press(hq, "EDITOR", "Change role…");
    hq.submit(asked, "people", Map.of("people:new-role", "OFFICE_ADMIN"), "people:save-role");
    try {
      Document widened = person.open("/admin/people.xhtml");
      assertThat(widened.select("#not-allowed")).as("made an administrator").isEmpty();
      assertThat(widened.select(".person-email").eachText()).contains(PERSON);
    } finally {
      Document back = press(hq, "OFFICE_ADMIN", "Change role…");
      hq.submit(back, "people", Map.of("people:new-role", "EDITOR"), "people:save-role");
    }
    Document narrowed = person.open("/admin/people.xhtml");
    assertThat(narrowed.select("#not-allowed")).as("an editor again").hasSize(1);
    assertThat(narrowed.select(".person-email")).isEmpty();
  }

  @Test
  void someoneRemovedFromAnOfficeNoLongerWorksInItAtTheNextRequest() {
    ConsoleSession person = ConsoleSession.signIn(PERSON);
    assertThat(person.open("/admin/index.xhtml").select(".console-header .office").text())
        .isEqualTo("gambia");
    ConsoleSession hq = ConsoleSession.signIn(HQ_ADMIN);
    Document asked = press(hq, "EDITOR", "Remove…");
    hq.submit(asked, "people", Map.of(), "people:confirm");
    try {
      Document after = person.open("/admin/index.xhtml");
      assertThat(after.select(".console-header .office").text()).isNotEqualTo("gambia");
      assertThat(after.select("#content tbody tr a.edit-link")).as("gambia's content").isEmpty();
      assertThat(person.get("/admin/people.xhtml?office=gambia").body())
          .doesNotContain("gambia.editor@meridian.example.org");
    } finally {
      PeopleIT.invite(hq, hq.open(GAMBIA_PEOPLE), PERSON, "EDITOR");
    }
    assertThat(PeopleIT.row(hq.open(GAMBIA_PEOPLE), PERSON, "EDITOR")).isNotNull();
  }
}
