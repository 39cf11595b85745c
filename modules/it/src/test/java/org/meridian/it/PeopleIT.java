package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The people screen and invitations over HTTP: an office administrator invites, the invited person
 * accepts through the link read from the outbox, and nobody manages people they may not manage,
 * however the form is forged.
 */
@ExtendWith(MeridianServer.class)
class PeopleIT {

  private static final String HQ_ADMIN = "hq.admin@meridian.example.org";
  private static final String GAMBIA_ADMIN = "gambia.admin@meridian.example.org";
  private static final String GAMBIA_EDITOR = "gambia.editor@meridian.example.org";
  private static final String SENEGAL_EDITOR = "senegal.editor@meridian.example.org";
  private static final String PEOPLE = "/admin/people.xhtml";
  private static final Pattern LINK =
      Pattern.compile("/admin/welcome\\.xhtml\\?token=[A-Za-z0-9_-]+");
  private static final AtomicInteger UNIQUE = new AtomicInteger();

  private static String newAddress(String who) {
    return who + "." + System.nanoTime() % 1_000_000 + UNIQUE.incrementAndGet() + "@example.org";
  }

  /** Fills in and sends the invitation form of the people screen. */
  static Document invite(ConsoleSession admin, Document page, String email, String role) {
    return admin.submit(
        page,
        "invite",
        Map.of(
            "invite:email",
            email,
            "invite:name",
            "Invited Person",
            "invite:language",
            "en",
            "invite:role",
            role),
        "invite:send");
  }

  /** The row of the people list for {@code email} and {@code role}, if listed. */
  static Element row(Document page, String email, String role) {
    return page.select("tr.person").stream()
        .filter(tr -> tr.select(".person-email").text().equals(email))
        .filter(tr -> tr.select(".person-role").text().equals(role))
        .findFirst()
        .orElse(null);
  }

  /** Presses a row's button (by its label) in the people list. */
  static Document pressInRow(
      ConsoleSession admin, Document page, String email, String role, String label) {
    Element row = row(page, email, role);
    assertThat(row).as("row of %s (%s)", email, role).isNotNull();
    Element button = row.selectFirst("input[type=submit][value=\"" + label + "\"]");
    assertThat(button).as("button %s for %s", label, email).isNotNull();
    return admin.submit(page, "people", Map.of(), button.attr("name"));
  }

  private static String messages(Document page) {
    return page.select("#messages, .field-error").text();
  }

  /** The messages in the outbox for {@code email}, newest first (read as an HQ administrator). */
  private static List<String> outboxFor(String email) {
    return ConsoleSession.signIn(HQ_ADMIN)
        .open("/admin/outbox.xhtml")
        .select("article.outbox-message[data-recipient=" + email + "] pre.outbox-body")
        .eachText();
  }

  private static String invitationLink(String email) {
    List<String> messages = outboxFor(email);
    assertThat(messages).as("messages to %s", email).isNotEmpty();
    Matcher link = LINK.matcher(messages.get(0));
    assertThat(link.find()).as("a link in %s", messages.get(0)).isTrue();
    return link.group();
  }

  private static HttpResponse<String> choosePassword(Browser browser, String link, String pw) {
    HttpResponse<String> form = browser.get(link);
    assertThat(form.statusCode()).isEqualTo(200);
    return FacesForm.on(form, "welcome")
        .with("welcome", "new", pw)
        .with("welcome", "repeated", pw)
        .press(browser, "welcome", "save");
  }

  private static boolean canSignIn(String email, String password, String client) {
    Browser browser = new Browser(MeridianServer.server());
    SignIn.as(browser, email, password, client);
    return SignIn.isSignedIn(browser);
  }

  @Test
  void anInvitedEditorChoosesAPasswordOnceThenWorksInGambiaOnly() {
    String invited = newAddress("new.editor");
    ConsoleSession admin = ConsoleSession.signIn(GAMBIA_ADMIN);
    Document people = admin.open(PEOPLE);
    assertThat(people.select(".person-email").eachText())
        .contains(GAMBIA_ADMIN, GAMBIA_EDITOR)
        .doesNotContain(SENEGAL_EDITOR);

    Document sent = invite(admin, people, invited, "EDITOR");
    assertThat(messages(sent)).contains("Invitation sent to " + invited);
    assertThat(row(sent, invited, "EDITOR").select(".person-status").text()).isEqualTo("invited");

    // No password yet: nothing signs in, not even the demo password.
    assertThat(canSignIn(invited, MeridianServer.DEMO_PASSWORD, "198.51.100.91")).isFalse();

    String link = invitationLink(invited);
    Browser owner = new Browser(MeridianServer.server());
    HttpResponse<String> done = choosePassword(owner, link, MeridianServer.DEMO_PASSWORD);
    assertThat(done.body()).contains("Your password is set");
    assertThat(SignIn.isSignedIn(owner)).as("accepting signs nobody in").isFalse();

    ConsoleSession person = ConsoleSession.signIn(invited);
    // Pages by title: other tests add many news items and pages, and the list shows 50 a page.
    Document console = person.open("/admin/index.xhtml?type=PAGE&sort=title");
    assertThat(console.select("#content tbody tr a.edit-link").eachText())
        .contains("About us")
        .doesNotContain("À propos");
    assertThat(person.open("/admin/index.xhtml?office=senegal").text())
        .contains("Office gambia")
        .doesNotContain("À propos");
    assertThat(person.open(PEOPLE).select("#not-allowed")).hasSize(1);

    HttpResponse<String> again = new Browser(MeridianServer.server()).get(link);
    assertThat(again.body()).contains("This invitation link is not valid");
    assertThat(Jsoup.parse(again.body()).select("form#welcome")).isEmpty();

    Document list = admin.open(PEOPLE);
    assertThat(row(list, invited, "EDITOR").select(".person-status").text()).isEqualTo("active");
  }

  @Test
  void anOfficeAdministratorCannotGiveHqRolesNorReachSenegalsPeople() {
    ConsoleSession admin = ConsoleSession.signIn(GAMBIA_ADMIN);
    Document people = admin.open(PEOPLE);
    assertThat(people.select("select[name=\"invite:role\"] option").eachAttr("value"))
        .containsExactly("EDITOR", "PUBLISHER", "OFFICE_ADMIN");

    String forged = newAddress("forged.hq");
    Document refused = invite(admin, people, forged, "HQ_ADMIN");
    assertThat(messages(refused)).isNotEmpty();
    assertThat(refused.select(".person-email").eachText()).doesNotContain(forged);
    assertThat(outboxFor(forged)).isEmpty();

    // A person of gambia whose role the administrator then tries to raise to an HQ role.
    String editor = newAddress("raised.editor");
    Document listed = invite(admin, admin.open(PEOPLE), editor, "EDITOR");
    Document asked = pressInRow(admin, listed, editor, "EDITOR", "Change role…");
    Document raised =
        admin.submit(asked, "people", Map.of("people:new-role", "HQ_ADMIN"), "people:save-role");
    assertThat(messages(raised)).isNotEmpty();
    assertThat(row(admin.open(PEOPLE), editor, "EDITOR")).isNotNull();
    assertThat(row(admin.open(PEOPLE), editor, "HQ_ADMIN")).isNull();

    Document senegal = admin.open(PEOPLE + "?manage=senegal");
    assertThat(senegal.select("#not-allowed")).hasSize(1);
    assertThat(senegal.select("form#invite, form#people")).isEmpty();
    assertThat(senegal.text()).doesNotContain(SENEGAL_EDITOR);
    assertThat(messages(senegal)).contains("Only the administrators of senegal");

    Document switched = admin.open(PEOPLE + "?office=senegal");
    assertThat(switched.select(".person-email").eachText())
        .contains(GAMBIA_EDITOR)
        .doesNotContain(SENEGAL_EDITOR);
    assertThat(switched.select("input[value=\"Disable account\"]")).isEmpty();
  }

  @Test
  void anEditorAndAPublisherGetNoPeopleScreen() {
    for (String person : List.of(GAMBIA_EDITOR, "wca.publisher@meridian.example.org")) {
      ConsoleSession session = ConsoleSession.signIn(person);
      assertThat(session.open("/admin/index.xhtml").select("#nav-people")).as(person).isEmpty();
      Document page = session.open(PEOPLE);
      assertThat(page.select("#not-allowed")).as(person).hasSize(1);
      assertThat(page.select(".person-email, form#invite")).as(person).isEmpty();
      assertThat(session.open(PEOPLE + "?manage=gambia").select(".person-email")).isEmpty();
    }
    assertThat(ConsoleSession.signIn(GAMBIA_ADMIN).open("/admin/index.xhtml").select("#nav-people"))
        .hasSize(1);
  }

  @Test
  void theSameRoleTwiceIsRefusedAndAnExistingAccountGetsANoticeWithoutALink() {
    ConsoleSession admin = ConsoleSession.signIn(GAMBIA_ADMIN);
    Document twice = invite(admin, admin.open(PEOPLE), GAMBIA_EDITOR, "EDITOR");
    assertThat(twice.select(".field-error").text())
        .contains(GAMBIA_EDITOR + " already has the role EDITOR in gambia");

    ConsoleSession hq = ConsoleSession.signIn(HQ_ADMIN);
    String person = newAddress("two.offices");
    invite(hq, hq.open(PEOPLE + "?manage=gambia"), person, "EDITOR");
    choosePassword(
        new Browser(MeridianServer.server()), invitationLink(person), "a passphrase for two");
    Document added = invite(hq, hq.open(PEOPLE + "?manage=senegal"), person, "PUBLISHER");
    assertThat(messages(added)).contains("Invitation sent to " + person);
    String notice = outboxFor(person).get(0);
    assertThat(notice).contains("You have been added to").doesNotContain("token=");
  }

  @Test
  void whoWasAddedAndWhoseRoleChangedIsInTheAuditTrail() {
    ConsoleSession admin = ConsoleSession.signIn(GAMBIA_ADMIN);
    String person = newAddress("audited");
    Document invited = invite(admin, admin.open(PEOPLE), person, "EDITOR");
    Document asked = pressInRow(admin, invited, person, "EDITOR", "Change role…");
    admin.submit(asked, "people", Map.of("people:new-role", "PUBLISHER"), "people:save-role");

    assertThat(admin.open("/admin/audit.xhtml?action=people.added").text())
        .contains(person)
        .contains("EDITOR");
    assertThat(admin.open("/admin/audit.xhtml?action=people.role-changed").text())
        .contains(person)
        .contains("PUBLISHER");
  }

  @Test
  void theLastAdministratorStaysAndOnlyHqDisablesAccounts() {
    ConsoleSession hq = ConsoleSession.signIn(HQ_ADMIN);
    String first = newAddress("first.admin");
    String second = newAddress("second.admin");
    // Senegal has no office administrator in the demo: the first one becomes the last one.
    Document page = invite(hq, hq.open(PEOPLE + "?manage=senegal"), first, "OFFICE_ADMIN");
    assertThat(page.select("select[name=\"invite:role\"] option").eachAttr("value"))
        .doesNotContain("HQ_ADMIN", "HQ_EDITOR");

    Document asked = pressInRow(hq, page, first, "OFFICE_ADMIN", "Remove…");
    Document refused = hq.submit(asked, "people", Map.of(), "people:confirm");
    assertThat(messages(refused)).contains(first + " is the last administrator of senegal");
    Document demote = pressInRow(hq, refused, first, "OFFICE_ADMIN", "Change role…");
    Document demoted =
        hq.submit(demote, "people", Map.of("people:new-role", "EDITOR"), "people:save-role");
    assertThat(messages(demoted)).contains("is the last administrator of senegal");
    assertThat(row(demoted, first, "OFFICE_ADMIN")).isNotNull();

    Document two = invite(hq, demoted, second, "OFFICE_ADMIN");
    Document confirm = pressInRow(hq, two, first, "OFFICE_ADMIN", "Remove…");
    Document removed = hq.submit(confirm, "people", Map.of(), "people:confirm");
    assertThat(row(removed, first, "OFFICE_ADMIN")).isNull();
    assertThat(row(removed, second, "OFFICE_ADMIN")).isNotNull();

    // Disabling: HQ only; a disabled account cannot accept its invitation nor sign in.
    String link = invitationLink(second);
    Document disabled = pressInRow(hq, removed, second, "OFFICE_ADMIN", "Disable account");
    assertThat(row(disabled, second, "OFFICE_ADMIN").select(".person-status").text())
        .isEqualTo("disabled");
    HttpResponse<String> refusedLink = new Browser(MeridianServer.server()).get(link);
    assertThat(refusedLink.body()).contains("This invitation link is not valid");
    Document enabled = pressInRow(hq, disabled, second, "OFFICE_ADMIN", "Enable account");
    assertThat(row(enabled, second, "OFFICE_ADMIN").select(".person-status").text())
        .isEqualTo("invited");
    choosePassword(new Browser(MeridianServer.server()), link, "the second admin passphrase");
    assertThat(canSignIn(second, "the second admin passphrase", "198.51.100.92")).isTrue();
  }
}
