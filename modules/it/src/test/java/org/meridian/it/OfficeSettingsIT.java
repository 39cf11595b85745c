package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Office administrators edit their office's public profile; the site shows it. */
@ExtendWith(MeridianServer.class)
class OfficeSettingsIT {

  private Browser browser;

  @BeforeEach
  void newBrowser() {
    browser = new Browser(MeridianServer.server());
  }

  private Document signedInAt(String email, String path) {
    browser.get(path);
    browser.postForm(
        "/j_security_check",
        Map.of("j_username", email, "j_password", MeridianServer.DEMO_PASSWORD));
    HttpResponse<String> page = browser.get(path);
    assertThat(page.statusCode()).isEqualTo(200);
    return FacesForms.parse(page);
  }

  private Document save(Document page, Map<String, String> changes) {
    return FacesForms.parse(FacesForms.submit(browser, page, "settings", "settings:save", changes));
  }

  private static Document site(String path) {
    return FacesForms.parse(new Browser(MeridianServer.server()).get(path));
  }

  @Test
  void anOfficeAdministratorChangesTheProfileAndTheSiteShowsIt() {
    Document settings = signedInAt("gambia.admin@meridian.example.org", "/admin/settings.xhtml");
    assertThat(settings.text()).contains("Office gambia");
    Document saved =
        save(
            settings,
            Map.of(
                "settings:accentColour", "#8a1538",
                "settings:email", "info@gambia.meridian.example.org",
                "settings:phone", "+220 440 0000",
                "settings:postalAddress", "1 Example Road\nBanjul",
                "settings:social:1:link", "https://x.com/meridian_gambia"));
    assertThat(saved.select(".notice").text()).contains("The settings of 'gambia' were saved");

    Document home = site("/gambia/en/");
    assertThat(home.select("style").html()).contains("--accent:#8a1538");
    assertThat(home.select("footer a").eachAttr("href"))
        .contains(
            "mailto:info@gambia.meridian.example.org",
            "tel:+2204400000",
            "https://x.com/meridian_gambia");
    assertThat(home.selectFirst("footer address").text()).contains("Banjul");
    assertThat(site("/senegal/fr/").select("footer a").eachAttr("href"))
        .doesNotContain("mailto:info@gambia.meridian.example.org");
  }

  @Test
  void aTooLightColourOrAForeignSocialLinkIsRefusedAndNothingChanges() {
    Document settings = signedInAt("gambia.admin@meridian.example.org", "/admin/settings.xhtml");
    String phoneBefore = settings.getElementById("settings:phone").attr("value");

    Document light =
        save(
            settings,
            Map.of("settings:accentColour", "#ffcc00", "settings:phone", "+220 999 9999"));
    assertThat(light.select(".error").text())
        .contains("contrast of 1.")
        .contains("choose a darker colour");

    Document foreign =
        save(
            settings,
            Map.of(
                "settings:social:0:link",
                "https://evil.example/facebook.com",
                "settings:phone",
                "+220 999 9999"));
    assertThat(foreign.select(".error").text()).contains("https://facebook.com/");

    Document again = signedInAt("gambia.admin@meridian.example.org", "/admin/settings.xhtml");
    assertThat(again.getElementById("settings:phone").attr("value")).isEqualTo(phoneBefore);
    assertThat(site("/gambia/en/").select("footer a").eachAttr("href"))
        .doesNotContain("tel:+2209999999");
  }

  @Test
  void editorsCannotAndOfficeAdminsOnlyReachTheirOwnOffice() {
    Document editor = signedInAt("gambia.editor@meridian.example.org", "/admin/settings.xhtml");
    assertThat(editor.text()).contains("Only the office's administrators");
    assertThat(editor.getElementById("settings")).isNull();

    browser = new Browser(MeridianServer.server());
    Document forged =
        signedInAt("gambia.admin@meridian.example.org", "/admin/settings.xhtml?office=senegal");
    assertThat(forged.text()).contains("Office gambia").doesNotContain("Office senegal");
  }

  @Test
  void hqAdministratorsEditAnyOffice() {
    Document senegal =
        signedInAt("hq.admin@meridian.example.org", "/admin/settings.xhtml?office=senegal");
    assertThat(senegal.text()).contains("Office senegal");
    Document saved = save(senegal, Map.of("settings:phone", "+221 33 000 00 00"));
    assertThat(saved.select(".notice").text()).contains("The settings of 'senegal' were saved");
    assertThat(site("/senegal/fr/").select("footer a").eachAttr("href"))
        .contains("tel:+221330000000");
  }
}
