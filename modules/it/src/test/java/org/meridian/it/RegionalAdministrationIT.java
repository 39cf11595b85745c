package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridian.it.pages.Chromium;
import org.meridian.it.pages.ContentListPage;
import org.meridian.it.pages.PeoplePage;
import org.meridian.it.pages.SignInPage;
import org.openqa.selenium.WebDriver;

/**
 * Delegated administration: the West and Central Africa regional office's administrator runs the
 * people, settings, site health, audit trail and API tokens of the Gambia and Senegal, but not
 * their content, and nothing of an office outside the region; HQ turns the delegation off and on.
 */
@ExtendWith(MeridianServer.class)
class RegionalAdministrationIT {

  private static final String REGIONAL_ADMIN = "wca.admin@meridian.example.org";
  private static final String HQ_ADMIN = "hq.admin@meridian.example.org";
  private static final String GAMBIA_ADMIN = "gambia.admin@meridian.example.org";
  private static final String REGION = "west-central-africa";
  private static final AtomicInteger UNIQUE = new AtomicInteger();

  private static String unique(String what) {
    return what + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + UNIQUE.incrementAndGet();
  }

  private static Document signedInAt(Browser browser, String email, String path) {
    return FacesForms.signedInAt(browser, email, path);
  }

  private static Document open(Browser browser, String path) {
    HttpResponse<String> page = browser.get(path);
    assertThat(page.statusCode()).as("status of %s", path).isEqualTo(200);
    return FacesForms.parse(page);
  }

  private static Document submit(
      Browser browser, Document page, String form, String button, Map<String, String> changes) {
    HttpResponse<String> answer = FacesForms.submit(browser, page, form, button, changes);
    assertThat(answer.statusCode()).as("status after %s", button).isEqualTo(200);
    return FacesForms.parse(answer);
  }

  private static List<String> switcher(Document page) {
    return page.select("#office option").eachAttr("value");
  }

  @Test
  void inTheConsoleTheRegionalAdministratorSwitchesToTheGambiaAndInvitesSomeone() throws IOException {
    Chromium.requireInstalled();
    URI server = MeridianServer.server().uri("/");
    try (Chromium chromium = Chromium.start()) {
      WebDriver driver = chromium.driver();
      ContentListPage own = SignInPage.openConsole(driver, server).signInAs(REGIONAL_ADMIN, MeridianServer.DEMO_PASSWORD);
      assertThat(own.office()).isEqualTo(REGION);
      assertThat(own.switcherOffices())
          .contains(REGION, "gambia", "senegal")
          .doesNotContain("hq", "mali");

      own.switchTo("gambia");
      PeoplePage people = PeoplePage.shown(driver, server);
      assertThat(people.office()).isEqualTo("gambia");
      assertThat(people.navigation())
          .contains("people.xhtml", "settings.xhtml", "health.xhtml", "tokens.xhtml", "audit.xhtml")
          .doesNotContain(
              "index.xhtml", "dashboard.xhtml", "media.xhtml", "menus.xhtml", "trash.xhtml",
              "review-policy.xhtml", "offices.xhtml");
      assertThat(people.people()).contains(GAMBIA_ADMIN).doesNotContain("senegal.editor@meridian.example.org");

      String invited = unique("regional.invite") + "@example.org";
      people.invite(invited, "Invited By The Region", "EDITOR");
      assertThat(people.people()).contains(invited);
    }
  }

  @Test
  void inAnOfficeOfTheRegionSettingsHealthAuditAndTokensWorkButContentStaysClosed() {
    Browser regional = new Browser(MeridianServer.server());
    Document people = signedInAt(regional, REGIONAL_ADMIN, "/admin/people.xhtml?office=gambia");
    assertThat(people.select("#office option[selected]").attr("value")).isEqualTo("gambia");
    assertThat(people.select("#office option[value=gambia]").text()).contains("regional administration");

    // The console's entrances lead to the office's people; its content pages are closed.
    HttpResponse<String> entrance = regional.follow(regional.get("/admin/index.xhtml"));
    assertThat(entrance.uri().getPath()).isEqualTo("/admin/people.xhtml");
    for (String closed :
        List.of(
            "/admin/media.xhtml",
            "/admin/reviews.xhtml",
            "/admin/translations.xhtml",
            "/admin/menus.xhtml",
            "/admin/trash.xhtml",
            "/admin/review-policy.xhtml",
            "/admin/content/edit.xhtml?type=NEWS")) {
      assertThat(regional.get(closed).statusCode()).as(closed).isEqualTo(403);
    }

    // Settings and branding.
    Document settings = open(regional, "/admin/settings.xhtml");
    assertThat(settings.getElementById("settings")).isNotNull();
    String phone = "+220 " + (4_000_000 + UNIQUE.incrementAndGet());
    Document saved = submit(regional, settings, "settings", "settings:save", Map.of("settings:phone", phone));
    assertThat(saved.select(".notice, #messages").text()).contains("gambia");
    assertThat(saved.getElementById("settings:phone").attr("value")).isEqualTo(phone);

    // Site health.
    Document health = open(regional, "/admin/health.xhtml");
    assertThat(health.getElementById("not-allowed")).isNull();
    assertThat(health.getElementById("health-office").text()).contains("gambia");

    // API tokens: issued for the Gambia, reading the Gambia's drafts and nothing of Senegal.
    Document tokens = open(regional, "/admin/tokens.xhtml");
    String name = unique("Regional reader");
    Document issued =
        submit(regional, tokens, "issue", "issue:issue-button", Map.of("issue:name", name, "issue:scope", "READ"));
    Element secret = issued.getElementById("issued-secret");
    assertThat(secret).as("the secret shown once").isNotNull();
    Map<String, String> bearer = Map.of("Authorization", "Bearer " + secret.text());
    Browser api = new Browser(MeridianServer.server());
    assertThat(api.get("/api/v1/offices/gambia/items", bearer).statusCode()).isEqualTo(200);
    assertThat(api.get("/api/v1/offices/senegal/items", bearer).statusCode()).isIn(403, 404);

    // The audit trail of the Gambia names the regional office the changes came through.
    Document audit = open(regional, "/admin/audit.xhtml?person=wca.admin");
    List<String> rows = audit.select("#entries tbody tr").eachText();
    assertThat(rows)
        .anySatisfy(row -> assertThat(row).contains("office.profile-changed").contains("through " + REGION))
        .anySatisfy(row -> assertThat(row).contains("token.issued").contains("through " + REGION))
        .allSatisfy(row -> assertThat(row).doesNotContain("senegal"));
  }

  @Test
  void nothingOutsideTheRegionAnswersAndHqStaysHqs() {
    // An office of another region, created by HQ.
    Browser hq = new Browser(MeridianServer.server());
    Document offices = signedInAt(hq, HQ_ADMIN, "/admin/offices.xhtml");
    String region = unique("east");
    String country = unique("kenya");
    offices = create(hq, offices, region, "REGIONAL", "hq");
    offices = create(hq, offices, country, "COUNTRY", region);
    assertThat(offices.select("table.offices td a").eachText()).contains(region, country);

    Browser regional = new Browser(MeridianServer.server());
    Document own = signedInAt(regional, REGIONAL_ADMIN, "/admin/people.xhtml");
    assertThat(switcher(own)).doesNotContain(country, region, "hq", "mali");
    for (String outside : List.of(country, region, "hq", "mali")) {
      Document switched = open(regional, "/admin/people.xhtml?office=" + outside);
      assertThat(switched.select("#office option[selected]").attr("value")).as(outside).isEqualTo(REGION);
      Document managed = open(regional, "/admin/people.xhtml?manage=" + outside);
      assertThat(managed.select("#not-allowed")).as(outside).hasSize(1);
      assertThat(managed.select("form#invite, form#people, .person-email")).as(outside).isEmpty();
      Document settings = open(regional, "/admin/settings.xhtml?office=" + outside);
      assertThat(settings.getElementById("settings:phone")).as(outside).isNotNull();
      assertThat(settings.select("h1, .notice").text()).as(outside).doesNotContain(outside);
    }
    // HQ's own pages stay closed.
    assertThat(open(regional, "/admin/offices.xhtml").text()).contains("Only HQ administrators manage the offices");
    assertThat(open(regional, "/admin/offices.xhtml").select("form#form")).isEmpty();
  }

  @Test
  void hqTurnsTheRegionsDelegationOffAndOn() {
    Browser hq = new Browser(MeridianServer.server());
    Document offices = signedInAt(hq, HQ_ADMIN, "/admin/offices.xhtml");
    try {
      offices = pressInRow(hq, offices, REGION, "Stop delegating");
      assertThat(rowOf(offices, REGION).text()).contains("Not delegated");

      Browser regional = new Browser(MeridianServer.server());
      Document own = signedInAt(regional, REGIONAL_ADMIN, "/admin/people.xhtml?office=gambia");
      assertThat(switcher(own)).doesNotContain("gambia", "senegal");
      assertThat(own.select("#office option[selected]").attr("value")).isNotEqualTo("gambia");
      Document managed = open(regional, "/admin/people.xhtml?manage=gambia");
      assertThat(managed.select("#not-allowed")).hasSize(1);
      assertThat(managed.select(".person-email")).isEmpty();
    } finally {
      offices = open(hq, "/admin/offices.xhtml");
      offices = pressInRow(hq, offices, REGION, "Delegate to the region");
    }
    assertThat(rowOf(offices, REGION).text()).contains("Delegated");
    Browser regional = new Browser(MeridianServer.server());
    Document back = signedInAt(regional, REGIONAL_ADMIN, "/admin/people.xhtml?manage=gambia");
    assertThat(back.select(".person-email").eachText()).contains(GAMBIA_ADMIN);

    Document audit = open(hq, "/admin/audit.xhtml?action=office.delegation-changed");
    assertThat(audit.select("#entries tbody tr").eachText())
        .anySatisfy(row -> assertThat(row).contains(REGION).contains("administered by HQ only"));
  }

  private static Document create(Browser hq, Document offices, String code, String type, String parent) {
    return submit(
        hq,
        offices,
        "form",
        "form:create",
        Map.of(
            "form:code", code,
            "form:name", "Office " + code,
            "form:type", type,
            "form:parent", parent,
            "form:languages", "en",
            "form:timeZone", "UTC"));
  }

  private static Element rowOf(Document offices, String code) {
    return offices.select("table.offices tbody tr").stream()
        .filter(tr -> tr.selectFirst("td a").text().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No row for " + code));
  }

  private static Document pressInRow(Browser hq, Document offices, String code, String label) {
    Element button = rowOf(offices, code).selectFirst("input[type=submit][value=\"" + label + "\"]");
    assertThat(button).as("%s in the row of %s", label, code).isNotNull();
    return submit(hq, offices, "offices", button.attr("name"), Map.of());
  }
}
