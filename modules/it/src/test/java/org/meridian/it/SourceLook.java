package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An office's look as its console shows it — branding (colours, theme variant, banner, taglines),
 * logo, and the framing and alt texts of its picture "La côte" (the demo's Senegal) — given to a
 * demo office by an HQ administrator through the console's own forms, read back for comparison, and
 * taken back afterwards (other tests expect the demo offices as the demo made them).
 *
 * @param branding the branding form's values (the banner by its label)
 * @param logo the SHA-256 of the logo the site serves, empty when none
 * @param picture the framing and alt-text fields of "La côte"
 */
record SourceLook(Map<String, String> branding, String logo, Map<String, String> picture) {

  static final String ACCENT = "#5c2d91";
  static final String ON_PRIMARY = "#fff8e7";
  static final String TAGLINE = "Des écoles et de l'eau propre dans chaque région";
  static final String FOCUS_X = "80";
  static final String ALT_EN = "Golden hills by the blue water";

  private static final String HQ_ADMIN = "hq.admin@meridian.example.org";
  private static final String PICTURE = "La côte";
  private static final List<String> FRAMING =
      List.of("focusX", "focusY", "cropX", "cropY", "cropWidth", "cropHeight");

  /** The branding form's values before {@link #give}, to take them back. */
  private static Map<String, String> before;

  /** The look {@code office} has now, as the console shows it to an HQ administrator. */
  static SourceLook of(String office) {
    ConsoleSession hq = workingIn(office);
    Document settings = hq.open("/admin/settings.xhtml");
    Map<String, String> branding = new TreeMap<>();
    for (String field : List.of("onPrimary", "accent", "onAccent")) {
      branding.put(field, settings.getElementById("branding:" + field).attr("value"));
    }
    branding.put("variant", chosen(settings, "branding:variant").attr("value"));
    branding.put("banner", chosen(settings, "branding:banner").text());
    settings
        .select("input[name^='branding:taglines']")
        .forEach(input -> branding.put(input.attr("name"), input.attr("value")));
    var logo = new Browser(MeridianServer.server()).getBytes("/" + office + "/logo", Map.of());
    Document details = hq.open("/admin/media.xhtml?media=" + pictureId(hq));
    Map<String, String> picture = new TreeMap<>();
    for (String field : FRAMING) {
      picture.put(field, details.getElementById("framing:" + field).attr("value"));
    }
    details
        .select("input[name^='details:alts']")
        .forEach(input -> picture.put(input.attr("lang"), input.attr("value")));
    return new SourceLook(
        branding, logo.statusCode() == 200 ? sha256(logo.body()) : "", picture);
  }

  /**
   * Gives {@code office} its own colours, the compact variant, a tagline, "La côte" as its banner,
   * a logo, and frames "La côte" with an alt text in English.
   */
  static void give(String office) {
    ConsoleSession hq = workingIn(office);
    Document settings = hq.open("/admin/settings.xhtml");
    before = new LinkedHashMap<>();
    for (String field : List.of("onPrimary", "accent", "onAccent")) {
      before.put("branding:" + field, settings.getElementById("branding:" + field).attr("value"));
    }
    before.put("branding:variant", chosen(settings, "branding:variant").attr("value"));
    before.put("branding:banner", chosen(settings, "branding:banner").attr("value"));
    before.put(
        "branding:taglines:0:tagline",
        settings.getElementById("branding:taglines:0:tagline").attr("value"));
    String banner =
        settings.select("select[name='branding:banner'] option").stream()
            .filter(option -> option.text().equals(PICTURE))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no banner choice " + PICTURE))
            .attr("value");
    Document branded =
        FacesForms.parse(
            FacesForms.submit(
                hq.browser(),
                settings,
                "branding",
                "branding:save-branding",
                Map.of(
                    "branding:onPrimary", ON_PRIMARY,
                    "branding:accent", ACCENT,
                    "branding:onAccent", "#ffffff",
                    "branding:banner", banner,
                    "branding:variant", "compact",
                    "branding:taglines:0:tagline", TAGLINE)));
    assertThat(branded.select(".notice").text()).contains("was saved");

    Document withLogo =
        FacesForms.parse(
            MultipartForms.submit(
                hq.browser(),
                hq.open("/admin/settings.xhtml"),
                "logo",
                "logo:upload",
                Map.of(),
                "logo:file",
                "logo.png",
                logoFile()));
    assertThat(withLogo.select(".notice").text()).contains("was replaced");

    Document details = hq.open("/admin/media.xhtml?media=" + pictureId(hq));
    Document described =
        hq.submit(details, "details", Map.of("details:alts:0:altIn", ALT_EN), "details:save");
    assertThat(described.select(".notice").text()).contains("were saved");
    Document framed =
        hq.submit(
            described,
            "framing",
            Map.of(
                "framing:focusX", FOCUS_X,
                "framing:focusY", "40",
                "framing:cropX", "30",
                "framing:cropWidth", "70"),
            "framing:save-framing");
    assertThat(framed.select(".notice").text()).contains("was saved");
  }

  /** Gives {@code office} back the look it had before {@link #give}: no logo, the whole picture. */
  static void takeBack(String office) {
    if (before == null) {
      return;
    }
    ConsoleSession hq = workingIn(office);
    FacesForms.submit(
        hq.browser(),
        hq.open("/admin/settings.xhtml"),
        "branding",
        "branding:save-branding",
        before);
    Document settings = hq.open("/admin/settings.xhtml");
    if (settings.selectFirst("[name='logo:remove']") != null) {
      FacesForms.submit(hq.browser(), settings, "logo", "logo:remove", Map.of());
    }
    Document details = hq.open("/admin/media.xhtml?media=" + pictureId(hq));
    Document described =
        hq.submit(details, "details", Map.of("details:alts:0:altIn", ""), "details:save");
    hq.submit(described, "framing", Map.of(), "framing:reset-framing");
    before = null;
  }

  private static ConsoleSession workingIn(String office) {
    ConsoleSession hq = ConsoleSession.signIn(HQ_ADMIN);
    hq.open("/admin/index.xhtml?office=" + office);
    return hq;
  }

  private static String pictureId(ConsoleSession hq) {
    return hq.open("/admin/media.xhtml").select("#media-grid li[data-media-id]").stream()
        .filter(li -> li.text().contains(PICTURE))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no picture " + PICTURE + " in the library"))
        .attr("data-media-id");
  }

  /** The option chosen in a select, or its first. */
  private static Element chosen(Document page, String name) {
    Element select = page.selectFirst("select[name='" + name + "']");
    assertThat(select).as("select %s", name).isNotNull();
    Element option = select.selectFirst("option[selected]");
    return option != null ? option : select.selectFirst("option");
  }

  private static byte[] logoFile() {
    BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0x5c2d91));
    g.fillRect(0, 0, 120, 40);
    g.setColor(new Color(0xfff8e7));
    g.fillOval(10, 8, 24, 24);
    g.dispose();
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
