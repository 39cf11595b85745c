package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The media library's later life, over HTTP: a phone photo is served upright without where it was
 * taken; HQ's picture shown by an English and a French item takes its alt text in each item's
 * language, is framed for its hero and social cuts, and is replaced under the same id — the items
 * keep it, their pages show the new file with a new ETag, and the library still counts their uses
 * with links to the editor.
 */
@ExtendWith(MeridianServer.class)
class MediaUsesIT {

  private static final String MEDIA = "/admin/media.xhtml";
  private static final String HQ_ADMIN = "hq.admin@meridian.example.org";

  /** 12° 34' 56.78" as GPSLatitude's three rationals. */
  private static final int[] LATITUDE = {12, 1, 34, 1, 5678, 100};

  private static String unique(String prefix) {
    return prefix + "-" + Long.toString(System.nanoTime(), 36);
  }

  private static byte[] encode(BufferedImage image, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** {@code width}×{@code height}, red on its left half, blue on its right. */
  private static BufferedImage halves(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(0, 0, width / 2, height);
    g.setColor(Color.BLUE);
    g.fillRect(width / 2, 0, width - width / 2, height);
    g.dispose();
    return image;
  }

  /** A JPEG as a phone writes it: EXIF orientation 6 (turn a quarter clockwise) and GPS. */
  private static byte[] phonePhoto(int width, int height) {
    byte[] picture = encode(halves(width, height), "jpg");
    ByteBuffer tiff = ByteBuffer.allocate(96).order(ByteOrder.LITTLE_ENDIAN);
    tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
    tiff.putShort((short) 2);
    tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0);
    tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
    tiff.putInt(0);
    tiff.putShort((short) 1);
    tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(56);
    tiff.putInt(0);
    for (int value : LATITUDE) {
      tiff.putInt(value);
    }
    byte[] exif =
        concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff.array());
    ByteBuffer segment = ByteBuffer.allocate(4 + exif.length);
    segment.put((byte) 0xff).put((byte) 0xe1).putShort((short) (exif.length + 2)).put(exif);
    return concat(
        new byte[] {(byte) 0xff, (byte) 0xd8},
        segment.array(),
        java.util.Arrays.copyOfRange(picture, 2, picture.length));
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static String latitudeHex() {
    ByteBuffer b = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
    for (int value : LATITUDE) {
      b.putInt(value);
    }
    return HexFormat.of().formatHex(b.array());
  }

  private static BufferedImage decode(byte[] bytes) {
    try {
      return ImageIO.read(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Document parse(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return FacesForms.parse(response);
  }

  private static Document upload(Browser browser, String form, String button, String field,
      Document page, String name, byte[] file, Map<String, String> fields) {
    return parse(MultipartForms.submit(browser, page, form, button, fields, field, name, file));
  }

  private static List<String> addresses(Document page) {
    return page.select(".media-links a").eachAttr("href");
  }

  private static String address(Document page, String variantStart) {
    return addresses(page).stream()
        .filter(a -> a.matches(".*/" + variantStart + "[0-9]*/.*"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + variantStart + " in " + addresses(page)));
  }

  private static long idOf(Document details) {
    return Long.parseLong(address(details, "original").split("/")[3]);
  }

  @Test
  void aPhonePhotoIsServedUprightWithoutWhereItWasTaken() {
    Browser editor = new Browser(MeridianServer.server());
    Document media = FacesForms.signedInAt(editor, "gambia.editor@meridian.example.org", MEDIA);
    String title = unique("Phone photo");
    byte[] photo = phonePhoto(1000, 500);
    assertThat(HexFormat.of().formatHex(photo)).contains(latitudeHex());

    Document uploaded =
        upload(editor, "upload", "upload:upload-button", "upload:file", media, "IMG_2041.JPG",
            photo, Map.of("upload:title", title, "upload:altText", "Red and blue"));

    assertThat(uploaded.select(".notice").text()).contains("was added to the library");
    assertThat(uploaded.select(".media-facts").text()).contains("500 × 1000 pixels");
    assertThat(addresses(uploaded)).hasSize(5); // original, w320, h320, h500, s500
    for (String address : addresses(uploaded)) {
      byte[] served = editor.getBytes(address, Map.of()).body();
      assertThat(HexFormat.of().formatHex(served)).as(address).doesNotContain(latitudeHex());
      assertThat(new String(served, StandardCharsets.ISO_8859_1)).as(address).doesNotContain("Exif");
      BufferedImage image = decode(served);
      if (address.contains("/original/") || address.contains("/w320/")) {
        assertThat(image.getHeight()).as(address).isEqualTo(image.getWidth() * 2);
      } else {
        assertThat(image.getWidth()).as(address + ": a cut across").isGreaterThan(image.getHeight());
      }
    }
    // Turned a quarter clockwise: the stored left half (red) is now on top.
    BufferedImage original = decode(editor.getBytes(address(uploaded, "original"), Map.of()).body());
    assertThat(new Color(original.getRGB(250, 100)).getRed()).isGreaterThan(200);
    assertThat(new Color(original.getRGB(250, 900)).getBlue()).isGreaterThan(200);
  }

  @Test
  void aFileKeepsItsUsesThroughFramingAndReplacingAndSpeaksEachItemsLanguage() {
    ConsoleSession hq = ConsoleSession.signIn(HQ_ADMIN);
    Browser console = hq.browser();
    String title = unique("Shared river");
    Document uploaded =
        upload(console, "upload", "upload:upload-button", "upload:file", hq.open(MEDIA),
            "river.jpg", encode(halves(1600, 1200), "jpg"),
            Map.of("upload:title", title, "upload:altText", "A river at dawn"));
    long id = idOf(uploaded);
    String original = address(uploaded, "original");

    // Alt text in French besides the default one.
    Document described =
        hq.submit(
            uploaded, "details", Map.of("details:alts:0:altIn", "Un fleuve à l'aube"),
            "details:save");
    assertThat(described.select(".notice").text()).contains("were saved");
    assertThat(described.getElementById("details:alts:0:altIn").attr("value"))
        .isEqualTo("Un fleuve à l'aube");

    // An English and a French item show it in their body, copying its default alt text.
    String token = ApiTokenIT.issue(hq, unique("Media uses"), "WRITE");
    Map<String, String> bearer = Map.of("Authorization", "Bearer " + token);
    Browser api = new Browser(MeridianServer.server());
    String figure =
        "<figure data-media=\\\"" + id + "\\\"><img src=\\\"" + original
            + "\\\" alt=\\\"A river at dawn\\\"></figure>";
    Map<String, String> pages = new java.util.LinkedHashMap<>();
    List<Long> items = new java.util.ArrayList<>();
    for (String language : List.of("en", "fr")) {
      String slug = unique("river-" + language);
      HttpResponse<String> created =
          api.postJson("/api/v1/offices/hq/items", bearer,
              "{\"type\":\"news\",\"language\":\"" + language + "\",\"slug\":\"" + slug
                  + "\",\"title\":\"" + title + " " + language + "\",\"body\":\"<p>By the water.</p>"
                  + figure + "\"}");
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      long item =
          ((jakarta.json.JsonObject) JsonBodies.parse(created.body())).getJsonNumber("id").longValue();
      HttpResponse<String> published =
          api.postJson("/api/v1/offices/hq/items/" + item + "/steps", bearer,
              "{\"step\":\"PUBLISH\"}");
      assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
      items.add(item);
      pages.put(language, "/hq/" + language + "/news/" + slug);
    }
    Browser visitor = new Browser(MeridianServer.server());
    Map<String, Document> shown = new java.util.HashMap<>();
    pages.forEach((language, path) -> {
      HttpResponse<String> page = visitor.get(path);
      if (page.statusCode() == 404) {
        page = visitor.get(path.replace("/news/", "/"));
        pages.put(language, path.replace("/news/", "/"));
      }
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      shown.put(language, Jsoup.parse(page.body()));
    });
    Element english = shown.get("en").selectFirst("figure[data-media=" + id + "] img");
    Element french = shown.get("fr").selectFirst("figure[data-media=" + id + "] img");
    assertThat(english.attr("alt")).isEqualTo("A river at dawn");
    assertThat(french.attr("alt")).isEqualTo("Un fleuve à l'aube");
    assertThat(english.attr("srcset")).contains("/media/hq/" + id + "/w320/river.jpg 320w");
    assertThat(english.attr("width")).isEqualTo("1600");

    // Used in two items, each linked to its editor.
    Document details = hq.open(MEDIA + "?media=" + id);
    assertThat(details.select("#where-used-heading").text()).isEqualTo("Used in 2 items");
    assertThat(details.select("#where-used a:not(.media-meta)").eachAttr("href"))
        .containsExactlyInAnyOrder(
            "/admin/content/edit.xhtml?item=" + items.get(0),
            "/admin/content/edit.xhtml?item=" + items.get(1));

    // Framed: the focal point on the right; the hero and social cuts follow it.
    Document framed =
        hq.submit(details, "framing",
            Map.of("framing:focusX", "90", "framing:focusY", "50"), "framing:save-framing");
    assertThat(framed.select(".notice").text()).contains("was saved");
    String social = address(framed, "s");
    String hero = address(framed, "h");
    assertThat(social).contains("/s1200/river.jpg");
    BufferedImage socialCut = decode(console.getBytes(social, Map.of()).body());
    assertThat(socialCut.getWidth()).isEqualTo(1200);
    assertThat(socialCut.getHeight()).isEqualTo(630);
    // 1600×1200 cut to 1.91:1 keeps the whole width; the 16:9 hero too: both show red then blue.
    assertThat(decode(console.getBytes(hero, Map.of()).body()).getWidth()).isPositive();
    Document refused =
        hq.submit(framed, "framing",
            Map.of("framing:cropX", "50", "framing:cropWidth", "50", "framing:focusX", "10"),
            "framing:save-framing");
    assertThat(refused.text()).contains("The focal point must lie inside the crop");

    // Replaced by a PNG of another size: the same id, the items keep it, their pages change.
    HttpResponse<String> before = visitor.get(pages.get("en"));
    String etag = before.headers().firstValue("ETag").orElseThrow();
    Document replaced =
        upload(console, "replace", "replace:replace-button", "replace:file",
            hq.open(MEDIA + "?media=" + id), "river-at-noon.png",
            encode(halves(800, 400), "png"), Map.of());
    assertThat(replaced.select(".notice").text())
        .contains("The file was replaced by 'river-at-noon.png'");
    assertThat(idOf(replaced)).isEqualTo(id);
    assertThat(replaced.select("#where-used-heading").text()).isEqualTo("Used in 2 items");
    assertThat(replaced.select(".media-facts").text()).contains("800 × 400 pixels");

    HttpResponse<String> after = visitor.get(pages.get("en"), Map.of("If-None-Match", etag));
    assertThat(after.statusCode()).as("the page changed: no 304").isEqualTo(200);
    assertThat(after.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
    Element img = Jsoup.parse(after.body()).selectFirst("figure[data-media=" + id + "] img");
    assertThat(img.attr("src")).isEqualTo("/media/hq/" + id + "/w320/river-at-noon.png");
    assertThat(img.attr("width")).isEqualTo("800");
    assertThat(img.attr("height")).isEqualTo("400");
    assertThat(visitor.getBytes(img.attr("src"), Map.of()).statusCode()).isEqualTo(200);
    assertThat(visitor.getBytes(original, Map.of()).statusCode())
        .as("the old file's address")
        .isEqualTo(404);

    // An image is replaced by an image only.
    Document wrongKind =
        upload(console, "replace", "replace:replace-button", "replace:file",
            hq.open(MEDIA + "?media=" + id), "report.pdf",
            ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1),
            Map.of());
    assertThat(wrongKind.text()).contains("An image can only be replaced by an image");
    assertThat(idOf(wrongKind)).isEqualTo(id);
  }
}
