package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The media library over HTTP: upload through the console form, serving with renditions, HQ's shared library, office isolation, and deletes refused while in use.
 */
@ExtendWith(MeridianServer.class)
@Tag("embedded-db") // also on H2: files in the database (BLOB on H2, bytea on PostgreSQL)
class MediaLibraryIT {

  private static final String GAMBIA_EDITOR = "gambia.editor@meridian.example.org";
  private static final String GAMBIA_ADMIN = "gambia.admin@meridian.example.org";
  private static final String SENEGAL_EDITOR = "senegal.editor@meridian.example.org";
  private static final String HQ_ADMIN = "hq.admin@meridian.example.org";
  private static final String MEDIA = "/admin/media.xhtml";
  private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

  private static final HttpClient RAW = HttpClient.newHttpClient();

  private static String unique(String prefix) {
    return prefix + "-" + Long.toString(UNIQUE.incrementAndGet(), 36);
  }

  private static String query(String text) {
    return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** A signed-in console user on the media screen. */
  private record Console(Browser browser, Document page) {

    static Console of(String email) {
      Browser browser = new Browser(MeridianServer.server());
      return new Console(browser, FacesForms.signedInAt(browser, email, MEDIA));
    }

    Document open(String path) {
      HttpResponse<String> response = browser.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      return FacesForms.parse(response);
    }

    Document upload(String fileName, byte[] file, Map<String, String> fields) {
      HttpResponse<String> response =
          MultipartForms.submit(
              browser,
              open(MEDIA),
              "upload",
              "upload:upload-button",
              fields,
              "upload:file",
              fileName,
              file);
      assertThat(response.statusCode()).as("status after uploading %s", fileName).isEqualTo(200);
      return FacesForms.parse(response);
    }

    /** A file as this signed-in browser gets it. */
    HttpResponse<byte[]> fetch(String path, Map<String, String> headers) {
      return browser.getBytes(path, headers);
    }

    Document press(Document page, String formId, String button, Map<String, String> changes) {
      HttpResponse<String> response = FacesForms.submit(browser, page, formId, button, changes);
      assertThat(response.statusCode()).isEqualTo(200);
      return FacesForms.parse(response);
    }
  }

  private static HttpResponse<byte[]> fetch(String path, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(MeridianServer.server().uri(path)).GET();
    headers.forEach(request::header);
    try {
      return RAW.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<byte[]> fetch(String path) {
    return fetch(path, Map.of());
  }

  private static BufferedImage decode(byte[] bytes) {
    try {
      return ImageIO.read(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] jpeg(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0x2e7d32));
    g.fillRect(0, 0, width, height);
    g.setColor(Color.YELLOW);
    g.fillOval(width / 3, height / 3, width / 3, height / 3);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "jpg", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The addresses listed in the details panel. */
  private static List<String> addresses(Document page) {
    return page.select(".media-links a").eachAttr("href");
  }

  private static String address(Document page, String variant) {
    return addresses(page).stream()
        .filter(a -> a.contains("/" + variant + "/"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + variant + " address in " + addresses(page)));
  }

  /** The id of the asset whose card has the given title on the grid. */
  private static long idOnGrid(Document page, String title) {
    Element card =
        page.select("#media-grid li").stream()
            .filter(li -> li.selectFirst("a").text().equals(title))
            .findFirst()
            .orElseThrow(
                () ->
                    new AssertionError(
                        "no card '" + title + "' in " + page.select("#media-grid").text()));
    return Long.parseLong(card.attr("data-media-id"));
  }

  private Document uploadImage(Console console, String title, int width, int height) {
    Document uploaded =
        console.upload(
            title + ".JPG",
            jpeg(width, height),
            Map.of("upload:title", title, "upload:altText", "A yellow sun on green"));
    assertThat(uploaded.select(".notice").text()).contains("was added to the library");
    return uploaded;
  }

  @Test
  void anUploadedImageIsServedWithRenditionsToItsOfficesEditors() {
    Console editor = Console.of(GAMBIA_EDITOR);
    String title = unique("Market day");
    Document uploaded = uploadImage(editor, title, 1300, 650);
    String fileName = title.toLowerCase().replace(' ', '-') + ".jpg";
    assertThat(uploaded.select(".notice").text()).contains("'" + fileName + "' was added");
    assertThat(addresses(uploaded))
        .allMatch(a -> a.startsWith("/media/gambia/") && a.endsWith("/" + fileName))
        .anyMatch(a -> a.contains("/w320/"))
        .anyMatch(a -> a.contains("/w640/"))
        .anyMatch(a -> a.contains("/w1024/"))
        .anyMatch(a -> a.contains("/original/"))
        .noneMatch(a -> a.contains("/w1600/"));

    String w640 = address(uploaded, "w640");
    // No live item uses it yet: the public gets a 404 (UnpublishedMediaIT), its office's editors
    // the file, kept by nobody.
    assertThat(fetch(w640).statusCode()).isEqualTo(404);
    HttpResponse<byte[]> rendition = editor.fetch(w640, Map.of());
    assertThat(rendition.statusCode()).isEqualTo(200);
    assertThat(rendition.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    assertThat(rendition.headers().firstValue("Cache-Control")).hasValue("private, no-store");
    assertThat(rendition.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    String etag = rendition.headers().firstValue("ETag").orElseThrow();
    BufferedImage image = decode(rendition.body());
    assertThat(image.getWidth()).isEqualTo(640);
    assertThat(image.getHeight()).isEqualTo(320);

    assertThat(editor.fetch(w640, Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);
    BufferedImage original = decode(editor.fetch(address(uploaded, "original"), Map.of()).body());
    assertThat(original.getWidth()).isEqualTo(1300);
    assertThat(editor.fetch(w640.replace("/w640/", "/w1600/"), Map.of()).statusCode())
        .as("never upscaled")
        .isEqualTo(404);
    assertThat(editor.fetch(w640.replace(fileName, "other.jpg"), Map.of()).statusCode())
        .isEqualTo(404);
    assertThat(editor.fetch(w640.replace("/media/gambia/", "/media/senegal/"), Map.of()).statusCode())
        .as("an office's file under another office's code")
        .isEqualTo(404);
  }

  @Test
  void imagesNeedAltTextUnlessDecorative() {
    Console editor = Console.of(GAMBIA_EDITOR);
    String title = unique("No alt");
    Document refused = editor.upload("photo.jpg", jpeg(200, 100), Map.of("upload:title", title));
    assertThat(refused.select(".field-error").text())
        .contains("Describe the image in its alt text, or mark it as decorative");
    assertThat(editor.open(MEDIA + "?q=" + query(title)).select("#media-grid li")).isEmpty();

    Document decorative =
        editor.upload(
            "photo.jpg",
            jpeg(200, 100),
            Map.of("upload:title", title, "upload:decorative", "true"));
    assertThat(decorative.select(".notice").text()).contains("was added to the library");
    assertThat(editor.open(MEDIA + "?q=" + query(title)).select("#media-grid li")).hasSize(1);
  }

  @Test
  void aFileThatIsNotWhatItsNameSaysIsRefusedAndNothingIsStored() {
    Console editor = Console.of(GAMBIA_EDITOR);
    int before = editor.open(MEDIA).select("#media-grid li").size();
    String title = unique("Spoof");
    Document refused =
        editor.upload(
            "holiday.jpg",
            "<html><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8),
            Map.of("upload:title", title, "upload:altText", "A holiday"));

    assertThat(refused.select(".field-error").text())
        .contains("'holiday.jpg' is not a file the library accepts")
        .contains("it looks like HTML");
    assertThat(refused.select(".notice").text()).doesNotContain("was added");
    assertThat(editor.open(MEDIA + "?q=" + query(title)).select("#media-grid li")).isEmpty();
    assertThat(editor.open(MEDIA).select("#media-grid li")).hasSize(before);
  }

  @Test
  void searchAndKindFilterTheGrid() {
    Console editor = Console.of(GAMBIA_EDITOR);
    String title = unique("Searchable");
    uploadImage(editor, title, 100, 80);
    assertThat(
            editor
                .open(MEDIA + "?q=" + query(title.toUpperCase()))
                .select("#media-grid li a")
                .eachText())
        .containsExactly(title);
    assertThat(
            editor.open(MEDIA + "?q=" + query(title) + "&kind=document").select("#media-grid li"))
        .isEmpty();
    assertThat(editor.open(MEDIA + "?q=" + query(title) + "&kind=image").select("#media-grid li"))
        .hasSize(1);
  }

  @Test
  void hqsLibraryIsSharedReadOnlyWithEveryOffice() {
    Console editor = Console.of(GAMBIA_EDITOR);
    Document grid = editor.open(MEDIA);
    long hqImage = idOnGrid(grid, "The network, drawn");
    Element card = grid.selectFirst("#media-grid li[data-media-id=" + hqImage + "]");
    assertThat(card.text()).contains("HQ · read-only");

    Document details = editor.open(MEDIA + "?media=" + hqImage);
    assertThat(details.select(".media-details").text()).contains("HQ · read-only");
    assertThat(details.getElementById("details")).as("no form to change it").isNull();
    assertThat(details.getElementById("remove")).as("no form to delete it").isNull();

    String original = address(details, "original");
    assertThat(original).startsWith("/media/hq/" + hqImage + "/");
    assertThat(editor.fetch(original, Map.of()).statusCode())
        .as("every office's editors see HQ's files")
        .isEqualTo(200);
    assertThat(editor.fetch(original.replace("/media/hq/", "/media/gambia/"), Map.of()).statusCode())
        .as("HQ's file is served under HQ's code only")
        .isEqualTo(404);
  }

  @Test
  void anotherOfficesLibraryIsNeverVisible() {
    Console gambia = Console.of(GAMBIA_EDITOR);
    long river = idOnGrid(gambia.open(MEDIA), "River at dawn");

    Console senegal = Console.of(SENEGAL_EDITOR);
    Document grid = senegal.open(MEDIA);
    assertThat(grid.select("#media-grid").text())
        .doesNotContain("River at dawn")
        .contains("La côte");
    assertThat(grid.select("#media-grid").text()).contains("The network, drawn");
    Document forged = senegal.open(MEDIA + "?media=" + river);
    assertThat(forged.select(".error").text()).contains("There is no file " + river);
    assertThat(forged.select(".media-details")).isEmpty();
    assertThat(fetch("/media/senegal/" + river + "/original/river-at-dawn.jpg").statusCode())
        .isEqualTo(404);
    assertThat(
            senegal
                .fetch("/media/senegal/" + river + "/original/river-at-dawn.jpg", Map.of())
                .statusCode())
        .isEqualTo(404);
    // The demo's live "Mobile clinics" item shows it: public.
    assertThat(fetch("/media/gambia/" + river + "/original/river-at-dawn.jpg").statusCode())
        .isEqualTo(200);
  }

  @Test
  void mediaInUseIsNotDeletedAndTheRefusalListsTheItems() {
    Console admin = Console.of(GAMBIA_ADMIN);
    String title = unique("Used picture");
    Document uploaded = uploadImage(admin, title, 700, 350);
    String w320 = address(uploaded, "w320");
    long hqImage = idOnGrid(admin.open(MEDIA), "The network, drawn");
    String hqOriginal = address(admin.open(MEDIA + "?media=" + hqImage), "original");

    String token =
        ApiTokenIT.issue(ConsoleSession.signIn(GAMBIA_ADMIN), unique("Media test"), "WRITE");
    String itemTitle = unique("Market report");
    String slug = unique("market-report");
    HttpResponse<String> created =
        new Browser(MeridianServer.server())
            .postJson(
                "/api/v1/offices/gambia/items",
                Map.of("Authorization", "Bearer " + token),
                "{\"type\":\"news\",\"language\":\"en\",\"slug\":\""
                    + slug
                    + "\",\"title\":\""
                    + itemTitle
                    + "\",\"body\":\"<p>Prices rose.</p><img src=\\\""
                    + w320
                    + "\\\" alt=\\\"Stalls\\\"><img src=\\\""
                    + hqOriginal
                    + "\\\" alt=\\\"Hills\\\">\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

    long id = idOnGrid(admin.open(MEDIA + "?q=" + query(title)), title);
    Document details = admin.open(MEDIA + "?media=" + id);
    assertThat(details.select("#where-used-heading").text()).isEqualTo("Used in 1 item");
    assertThat(details.select("#where-used a:not(.media-meta)").eachText())
        .containsExactly(itemTitle);
    assertThat(details.select("#where-used a:not(.media-meta)").eachAttr("href"))
        .singleElement()
        .asString()
        .matches("/admin/content/edit\\.xhtml\\?item=[0-9]+");
    assertThat(details.select("#where-used a.media-meta").eachAttr("href"))
        .containsExactly("/gambia/en/" + slug);

    Document refused = admin.press(details, "remove", "remove:delete", Map.of());
    assertThat(refused.select(".error").text())
        .contains("is in use and was not deleted")
        .contains("'" + itemTitle + "' (/gambia/en/" + slug + ")");
    assertThat(admin.fetch(w320, Map.of()).statusCode()).as("still served").isEqualTo(200);
    assertThat(fetch(w320).statusCode()).as("a draft's image: not public").isEqualTo(404);

    // HQ's picture is used by a Gambian item: HQ cannot delete it either, and sees who uses it.
    Console hq = Console.of(HQ_ADMIN);
    Document hqDetails = hq.open(MEDIA + "?media=" + hqImage);
    assertThat(hqDetails.select("#where-used").text()).contains("of office gambia");
    Document hqRefused = hq.press(hqDetails, "remove", "remove:delete", Map.of());
    assertThat(hqRefused.select(".error").text())
        .contains("is in use and was not deleted")
        .contains("of office gambia")
        .doesNotContain(itemTitle);
    assertThat(hq.fetch(hqOriginal, Map.of()).statusCode()).isEqualTo(200);
  }

  @Test
  void anItemCannotShowAnotherOfficesPicture() {
    Console senegal = Console.of(SENEGAL_EDITOR);
    long cote = idOnGrid(senegal.open(MEDIA), "La côte");
    String token =
        ApiTokenIT.issue(ConsoleSession.signIn(GAMBIA_ADMIN), unique("Media test"), "WRITE");
    String slug = unique("borrowed");
    HttpResponse<String> refused =
        new Browser(MeridianServer.server())
            .postJson(
                "/api/v1/offices/gambia/items",
                Map.of("Authorization", "Bearer " + token),
                "{\"type\":\"news\",\"language\":\"en\",\"slug\":\""
                    + slug
                    + "\",\"title\":\"Borrowed\",\"body\":\"<img src=\\\"/media/senegal/"
                    + cote
                    + "/original/cote.jpg\\\" alt=\\\"x\\\">\"}");
    assertThat(refused.statusCode()).isBetween(400, 499);
    assertThat(refused.body()).contains("belongs to another office's library");
    assertThat(new Browser(MeridianServer.server()).get("/gambia/en/" + slug).statusCode())
        .isEqualTo(404);
  }

  @Test
  void unusedMediaIsDeletedWithItsRenditions() {
    Console editor = Console.of(GAMBIA_EDITOR);
    String title = unique("Short lived");
    Document uploaded = uploadImage(editor, title, 500, 300);
    String original = address(uploaded, "original");
    String w320 = address(uploaded, "w320");

    Document deleted = editor.press(uploaded, "remove", "remove:delete", Map.of());
    assertThat(deleted.select(".notice").text()).contains("was deleted");
    assertThat(deleted.select("#media-grid").text()).doesNotContain(title);
    assertThat(editor.fetch(original, Map.of()).statusCode()).isEqualTo(404);
    assertThat(editor.fetch(w320, Map.of()).statusCode()).isEqualTo(404);
  }

  @Test
  void detailsAreEditedAndAltTextStaysRequired() {
    Console editor = Console.of(GAMBIA_EDITOR);
    String title = unique("Described");
    Document uploaded = uploadImage(editor, title, 300, 200);
    Document refused =
        editor.press(uploaded, "details", "details:save", Map.of("details:altText", ""));
    assertThat(refused.select(".field-error").text()).contains("alt text");

    Document saved =
        editor.press(
            refused,
            "details",
            "details:save",
            Map.of(
                "details:altText", "A yellow circle",
                "details:caption", "Seen at noon",
                "details:credit", "Photo: the team"));
    assertThat(saved.select(".notice").text()).contains("were saved");
    assertThat(saved.getElementById("details:caption").attr("value")).isEqualTo("Seen at noon");
  }

  /**
   * The request announces a 27 MB upload and sends none of it: the answer comes back all the same,
   * which shows the server refused it from its headers, before reading a byte of the file. (A
   * client that sends the whole body first raced the server closing the connection.)
   */
  @Test
  void anUploadOverTheLimitIsRefusedBeforeItIsRead() throws IOException {
    Console editor = Console.of(GAMBIA_EDITOR);
    String action = editor.open(MEDIA).getElementById("upload").attr("action");
    java.net.URI target = editor.browser().uri(action);
    String session = editor.browser().cookie("JSESSIONID").orElseThrow();
    long announced = 27L * 1024 * 1024;
    try (java.net.Socket socket = new java.net.Socket(target.getHost(), target.getPort())) {
      socket.setSoTimeout(30_000);
      socket
          .getOutputStream()
          .write(
              ("POST "
                      + target.getRawPath()
                      + " HTTP/1.1\r\nHost: "
                      + target.getHost()
                      + ":"
                      + target.getPort()
                      + "\r\nCookie: JSESSIONID="
                      + session
                      + "\r\nContent-Type: multipart/form-data; boundary=----huge"
                      + "\r\nContent-Length: "
                      + announced
                      + "\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      String answer = RawResponses.read(socket.getInputStream());
      assertThat(answer).startsWith("HTTP/1.1 413");
      assertThat(answer).contains("The file is too large").contains("Nothing was stored");
    }
  }
}
