package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** HQ creates an office from the blueprint in the console, then suspends and reactivates it. */
@ExtendWith(MeridianServer.class)
class NetworkOfficesIT {

  private static final String HQ_ADMIN = "hq.admin@meridian.example.org";

  private Browser browser;

  @BeforeEach
  void newBrowser() {
    browser = new Browser(MeridianServer.server());
  }

  private Document signedInAt(String email, String path) {
    return FacesForms.signedInAt(browser, email, path);
  }

  private Document create(Document offices, Map<String, String> fields) {
    return FacesForms.parse(FacesForms.submit(browser, offices, "form", "form:create", fields));
  }

  private Document press(Document offices, String code, String action) {
    Element row =
        offices.select("table.offices tbody tr").stream()
            .filter(tr -> tr.selectFirst("td a").text().equals(code))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No row for " + code));
    String button = row.selectFirst("input[type=submit][value=" + action + "]").attr("name");
    return FacesForms.parse(FacesForms.submit(browser, offices, "offices", button, Map.of()));
  }

  @Test
  void hqCreatesAnOfficeWithTheStandardSiteThenSuspendsAndReactivatesIt() {
    Document offices = signedInAt(HQ_ADMIN, "/admin/offices.xhtml");
    Document created =
        create(
            offices,
            Map.of(
                "form:code", "burkina-faso",
                "form:name", "Meridian au Burkina Faso",
                "form:type", "COUNTRY",
                "form:parent", "west-central-africa",
                "form:languages", "fr, en",
                "form:timeZone", "Africa/Ouagadougou"));
    assertThat(created.select(".notice").text())
        .contains("The office 'burkina-faso' was created with its standard site");
    assertThat(created.select("table.offices td a").eachText()).contains("burkina-faso");

    Browser visitor = new Browser(MeridianServer.server());
    HttpResponse<String> home = visitor.get("/burkina-faso/fr/");
    assertThat(home.statusCode()).isEqualTo(200);
    Document site = FacesForms.parse(home);
    assertThat(site.selectFirst("html").attr("lang")).isEqualTo("fr");
    assertThat(site.selectFirst("h1").text()).isEqualTo("Meridian au Burkina Faso");
    // Only the link to the network is live at first; the blueprint's pages are drafts.
    assertThat(site.select("header nav a").eachAttr("href"))
        .contains("/hq/fr/", "/burkina-faso/fr/news");
    assertThat(visitor.get("/burkina-faso/fr/a-propos").statusCode()).isEqualTo(404);
    assertThat(visitor.get("/burkina-faso/en/").statusCode()).isEqualTo(200);

    Document suspended = press(created, "burkina-faso", "Suspend");
    assertThat(suspended.select(".notice").text()).contains("'burkina-faso' is suspended");
    HttpResponse<String> maintenance = visitor.get("/burkina-faso/fr/");
    assertThat(maintenance.statusCode()).isEqualTo(503);
    assertThat(maintenance.body()).contains("Ce site est en maintenance");
    assertThat(visitor.get("/api/v1/offices/burkina-faso/content").statusCode()).isEqualTo(404);

    press(suspended, "burkina-faso", "Reactivate");
    assertThat(visitor.get("/burkina-faso/fr/").statusCode()).isEqualTo(200);
  }

  @Test
  void badOfficesAreRefusedWithAMessageAndNothingIsCreated() {
    Document offices = signedInAt(HQ_ADMIN, "/admin/offices.xhtml");
    Map<String, String> valid =
        Map.of(
            "form:name", "Somewhere",
            "form:type", "COUNTRY",
            "form:parent", "hq",
            "form:languages", "en",
            "form:timeZone", "UTC");

    Document duplicate = create(offices, with(valid, "form:code", "gambia"));
    assertThat(duplicate.select(".error").text()).contains("An office with code 'gambia' exists");

    Document badCode = create(offices, with(valid, "form:code", "Not A Code"));
    assertThat(badCode.select(".error").text())
        .contains("An office code is 2 to 40 lower-case letters");

    Document badLanguage =
        create(offices, with(with(valid, "form:code", "atlantis"), "form:languages", "en, !!"));
    assertThat(badLanguage.select(".error").text()).contains("Languages are BCP 47 tags");

    Document badZone =
        create(
            offices, with(with(valid, "form:code", "atlantis"), "form:timeZone", "Mars/Olympus"));
    assertThat(badZone.select(".error").text()).isNotBlank();

    Document takenHost =
        create(
            offices,
            with(
                with(valid, "form:code", "atlantis"),
                "form:hostNames",
                "gambia.meridian.example.org"));
    assertThat(takenHost.select(".error").text())
        .contains("gambia.meridian.example.org already belongs to the office 'gambia'");

    Document regionUnderRegion =
        create(
            offices,
            with(
                with(with(valid, "form:code", "atlantis"), "form:type", "REGIONAL"),
                "form:parent",
                "west-central-africa"));
    assertThat(regionUnderRegion.select(".error").text()).contains("regional offices sit under HQ");

    assertThat(new Browser(MeridianServer.server()).get("/atlantis/en/").statusCode())
        .isEqualTo(404);
    assertThat(regionUnderRegion.select("table.offices td a").eachText())
        .doesNotContain("atlantis");
  }

  @Test
  void onlyHqAdministratorsManageOffices() {
    Document page = signedInAt("gambia.editor@meridian.example.org", "/admin/offices.xhtml");
    assertThat(page.text()).contains("Only HQ administrators manage the offices of the network");
    assertThat(page.getElementById("form")).isNull();
    assertThat(page.select("header nav a").eachText()).doesNotContain("Offices");
  }

  private static Map<String, String> with(Map<String, String> fields, String key, String value) {
    var copy = new java.util.HashMap<>(fields);
    copy.put(key, value);
    return copy;
  }
}
