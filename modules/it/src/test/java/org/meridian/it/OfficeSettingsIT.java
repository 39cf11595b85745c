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
    return FacesForms.signedInAt(browser, email, path);
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
    assertThat(home.select("style").html()).contains("--primary:#8a1538");
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

  /** Posts the logo form as a browser does: multipart, with the file and the form's fields. */
  private Document uploadLogo(Document page, String fileName, byte[] file) {
    var form = page.getElementById("logo");
    String boundary = "----meridian" + System.nanoTime();
    var body = new java.io.ByteArrayOutputStream();
    java.util.function.BiConsumer<String, String> field =
        (name, value) ->
            body.writeBytes(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + name
                        + "\"\r\n\r\n"
                        + value
                        + "\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    for (var input : form.select("input[type=hidden]")) {
      field.accept(input.attr("name"), input.attr("value"));
    }
    field.accept("logo:upload", "Upload logo");
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"logo:file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    body.writeBytes(file);
    body.writeBytes(
        ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return FacesForms.parse(
        browser.follow(
            browser.post(
                form.attr("action"),
                "multipart/form-data; boundary=" + boundary,
                body.toByteArray())));
  }

  private static byte[] png(int width, int height) {
    try {
      var out = new java.io.ByteArrayOutputStream();
      javax.imageio.ImageIO.write(
          new java.awt.image.BufferedImage(
              width, height, java.awt.image.BufferedImage.TYPE_INT_RGB),
          "png",
          out);
      return out.toByteArray();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void anOfficeAdministratorUploadsALogoCheckedByItsContent() {
    Document settings = signedInAt("gambia.admin@meridian.example.org", "/admin/settings.xhtml");
    Document refused =
        uploadLogo(
            settings,
            "logo.png",
            "<svg onload=alert(1)/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(refused.select(".error").text()).contains("A logo is a PNG, JPEG or GIF image");
    assertThat(new Browser(MeridianServer.server()).get("/gambia/logo").statusCode())
        .isEqualTo(404);

    Document uploaded = uploadLogo(refused, "logo.png", png(120, 40));
    assertThat(uploaded.select(".notice").text()).contains("The logo of 'gambia' was replaced");

    Document home = site("/gambia/en/");
    var img = home.selectFirst("header img.logo");
    assertThat(img).isNotNull();
    assertThat(img.attr("width")).isEqualTo("144");
    assertThat(img.attr("height")).isEqualTo("48");
    HttpResponse<String> logo = new Browser(MeridianServer.server()).get(img.attr("src"));
    assertThat(logo.statusCode()).isEqualTo(200);
    assertThat(logo.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(logo.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable");
    assertThat(site("/senegal/fr/").select("header img.logo")).isEmpty();
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
