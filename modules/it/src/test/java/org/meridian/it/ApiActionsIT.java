package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API's actions beyond text (issue 18): media upload with the console's checks, scheduled
 * publish and unpublish, translation links, restoring from the trash. Each goes through the
 * console's use-case bean; a refused request answers a problem and writes nothing.
 */
@ExtendWith(MeridianServer.class)
class ApiActionsIT {

  private static final String GAMBIA = "/api/v1/offices/gambia";
  private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());
  private static String token;
  private static String network;

  @BeforeAll
  static void issueTokens() {
    token =
        ApiTokenIT.issue(
            ConsoleSession.signIn("gambia.admin@meridian.example.org"),
            "Actions " + UNIQUE.incrementAndGet(),
            "WRITE");
    network = ApiTokenIT.issueNetwork("Actions network " + UNIQUE.incrementAndGet(), "WRITE");
  }

  static long newDraft(String office, String language, String token) {
    String slug = "actions-" + Long.toString(UNIQUE.incrementAndGet(), 36);
    HttpResponse<String> created =
        ApiSaves.send(
            "POST",
            "/api/v1/offices/" + office + "/items",
            token,
            "application/json",
            "{\"type\":\"news\",\"language\":\""
                + language
                + "\",\"slug\":\""
                + slug
                + "\",\"title\":\"Draft "
                + slug
                + "\",\"summary\":\"S\",\"body\":\"<p>B</p>\"}",
            Map.of());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return object(created).getJsonNumber("id").longValue();
  }

  private static JsonObject object(HttpResponse<String> response) {
    return (JsonObject) JsonBodies.parse(response.body());
  }

  private static JsonObject ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return object(response);
  }

  private static JsonObject problem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    return object(response);
  }

  /** A small PNG drawn here, so that the library judges a real image. */
  static byte[] png(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < width; x++) {
      for (int y = 0; y < height; y++) {
        image.setRGB(x, y, (x * 7 + y * 13) & 0xffffff);
      }
    }
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A multipart/form-data upload: {@code fields} as text parts, then the file. */
  static HttpResponse<String> upload(
      String path, String token, Map<String, String> fields, String fileName, byte[] file) {
    String boundary = "meridian" + UNIQUE.incrementAndGet();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach(
        (name, value) ->
            body.writeBytes(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + name
                        + "\"\r\n\r\n"
                        + value
                        + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
    if (file != null) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                  + fileName
                  + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(file);
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(MeridianServer.server().uri(path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      return HttpClient.newHttpClient()
          .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aHeroImageIsSetWithItsAltTextChangedAndRemovedAndNeverTakenFromAnotherOffice() {
    long item = newDraft("gambia", "en", token);
    String path = GAMBIA + "/items/" + item;
    long picture =
        object(
                upload(
                    GAMBIA + "/media",
                    token,
                    Map.of("title", "Hero", "altText", "Boats on a river"),
                    "hero.png",
                    png(64, 36)))
            .getJsonNumber("id")
            .longValue();
    long senegals =
        object(
                upload(
                    "/api/v1/offices/senegal/media",
                    network,
                    Map.of("title", "Ailleurs", "altText", "Une plage"),
                    "ailleurs.png",
                    png(64, 36)))
            .getJsonNumber("id")
            .longValue();

    // Without its alternative text (and not decorative): refused on its field, nothing saved.
    JsonObject noAlt =
        problem(
            ApiSaves.patch(
                path,
                token,
                "{\"basedOnRevision\":1,\"heroImage\":{\"id\":" + picture + "}}",
                Map.of()),
            422);
    assertThat(noAlt.toString()).contains("heroAlt");
    // Another office's file is not this office's to show.
    problem(
        ApiSaves.patch(
            path,
            token,
            "{\"basedOnRevision\":1,\"heroImage\":{\"id\":"
                + senegals
                + ",\"alt\":\"x\"},\"socialImage\":"
                + senegals
                + "}",
            Map.of()),
        422);
    JsonObject wrongShape =
        problem(
            ApiSaves.patch(
                path,
                token,
                "{\"basedOnRevision\":1,\"heroImage\":{\"id\":\"one\",\"size\":2},"
                    + "\"socialImage\":-4,\"seoDescription\":7}",
                Map.of()),
            422);
    assertThat(wrongShape.toString())
        .contains("heroImage.id", "heroImage.size", "socialImage", "seoDescription");
    JsonObject unchanged = object(ApiSaves.send("GET", path, token, null, null, Map.of()));
    assertThat(unchanged.getInt("revision")).isEqualTo(1);
    assertThat(unchanged.containsKey("heroImage")).isFalse();

    JsonObject saved =
        ok(
            ApiSaves.patch(
                path,
                token,
                "{\"basedOnRevision\":1,\"heroImage\":{\"id\":"
                    + picture
                    + ",\"alt\":\"Boats at dawn\"},\"seoDescription\":\"Boats.\",\"socialImage\":"
                    + picture
                    + "}",
                Map.of()));
    assertThat(saved.getInt("revision")).isEqualTo(2);
    JsonObject read = object(ApiSaves.send("GET", path, token, null, null, Map.of()));
    assertThat(read.getJsonObject("heroImage").getJsonNumber("id").longValue()).isEqualTo(picture);
    assertThat(read.getJsonObject("heroImage").getString("alt")).isEqualTo("Boats at dawn");
    assertThat(read.getString("seoDescription")).isEqualTo("Boats.");
    assertThat(read.getJsonNumber("socialImage").longValue()).isEqualTo(picture);
    assertThat(read.getString("title")).startsWith("Draft ");

    // A member not sent keeps its value; null removes the picture.
    ok(ApiSaves.patch(path, token, "{\"basedOnRevision\":2,\"title\":\"Renamed\"}", Map.of()));
    JsonObject renamed = object(ApiSaves.send("GET", path, token, null, null, Map.of()));
    assertThat(renamed.getJsonObject("heroImage").getString("alt")).isEqualTo("Boats at dawn");
    ok(
        ApiSaves.patch(
            path,
            token,
            "{\"basedOnRevision\":3,\"heroImage\":null,\"socialImage\":null}",
            Map.of()));
    JsonObject cleared = object(ApiSaves.send("GET", path, token, null, null, Map.of()));
    assertThat(cleared.containsKey("heroImage")).isFalse();
    assertThat(cleared.containsKey("socialImage")).isFalse();
    assertThat(cleared.getString("seoDescription")).isEqualTo("Boats.");
  }

  @Test
  void anUploadedImageComesBackWithTheAbsoluteAddressesOfItsOriginalAndRenditions() {
    HttpResponse<String> uploaded =
        upload(
            GAMBIA + "/media",
            token,
            Map.of("altText", "A test pattern", "credit", "API test"),
            "pattern.png",
            png(1200, 800));

    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    JsonObject media = object(uploaded);
    long id = media.getJsonNumber("id").longValue();
    String site = MeridianServer.server().uri("/").toString();
    assertThat(uploaded.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/media/" + id));
    assertThat(media.getString("kind")).isEqualTo("IMAGE");
    assertThat(media.getString("alt")).isEqualTo("A test pattern");
    assertThat(media.getString("url")).startsWith(site + "media/gambia/" + id + "/");
    assertThat(media.getJsonArray("renditions")).isNotEmpty();
    assertThat(media.getString("srcset")).contains(" 1200w");
    // A file no live item uses is not public yet: the office's people see it (as in the console).
    ConsoleSession office = ConsoleSession.signIn("gambia.admin@meridian.example.org");
    for (JsonObject rendition : media.getJsonArray("renditions").getValuesAs(JsonObject.class)) {
      String url = rendition.getString("url");
      assertThat(url).startsWith(site);
      assertThat(office.get(url.substring(site.length() - 1)).statusCode()).as(url).isEqualTo(200);
    }
    assertThat(office.get(media.getString("url").substring(site.length() - 1)).statusCode())
        .isEqualTo(200);
    HttpResponse<String> read =
        ApiSaves.send("GET", GAMBIA + "/media/" + id, token, null, null, Map.of());
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(object(read).getString("url")).isEqualTo(media.getString("url"));
  }

  @Test
  void anUploadIsJudgedAsTheConsolesAreAndARefusedOneStoresNothing() {
    JsonObject noAlt =
        problem(upload(GAMBIA + "/media", token, Map.of(), "pattern.png", png(40, 40)), 422);
    assertThat(noAlt.getJsonArray("errors").getJsonObject(0).getString("code"))
        .isEqualTo("media.alt_text_needed");
    JsonObject notAnImage =
        problem(
            upload(
                GAMBIA + "/media",
                token,
                Map.of("altText", "x"),
                "photo.png",
                "<html>not a picture</html>".getBytes(StandardCharsets.UTF_8)),
            422);
    assertThat(notAnImage.getString("field")).isEqualTo("file");
    JsonObject many =
        problem(
            upload(
                GAMBIA + "/media",
                token,
                Map.of("altText", "x", "colour", "red", "decorative", "maybe"),
                null,
                null),
            422);
    assertThat(many.getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .contains("colour", "decorative", "file");
    problem(
        upload(GAMBIA + "/media", token, Map.of("altText", "x"), "big.pdf", bigPdf()), 413);
    problem(upload(GAMBIA + "/media", null, Map.of("altText", "x"), "p.png", png(4, 4)), 401);
    problem(
        ApiSaves.send(
            "POST", GAMBIA + "/media", token, "application/json", "{\"file\":\"x\"}", Map.of()),
        415);
    problem(ApiSaves.send("GET", GAMBIA + "/media/987654321", token, null, null, Map.of()), 404);
  }

  /** A PDF a little larger than the library's 25 MB for documents. */
  private static byte[] bigPdf() {
    byte[] bytes = new byte[26 * 1024 * 1024];
    java.util.Arrays.fill(bytes, (byte) ' ');
    byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(head, 0, bytes, 0, head.length);
    byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(tail, 0, bytes, bytes.length - tail.length, tail.length);
    return bytes;
  }

  @Test
  void aTokenSchedulesAPublishAndCancelsIt() {
    long id = newDraft("gambia", "en", token);
    String schedules = GAMBIA + "/items/" + id + "/schedules";
    String at = LocalDateTime.now().plusDays(30).withNano(0).withSecond(0).toString();

    HttpResponse<String> scheduled =
        ApiSaves.send(
            "POST",
            schedules,
            token,
            "application/json",
            "{\"action\":\"PUBLISH\",\"at\":\"" + at + "\"}",
            Map.of());
    assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(201);
    JsonObject schedule = object(scheduled);
    assertThat(schedule.getString("status")).isEqualTo("PENDING");
    assertThat(schedule.getString("action")).isEqualTo("PUBLISH");
    long scheduleId = schedule.getJsonNumber("id").longValue();

    HttpResponse<String> list = ApiSaves.send("GET", schedules, token, null, null, Map.of());
    assertThat(list.body()).contains("\"id\":" + scheduleId);
    HttpResponse<String> cancelled =
        ApiSaves.send("DELETE", schedules + "/" + scheduleId, token, null, null, Map.of());
    assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
    assertThat(object(cancelled).getString("status")).isEqualTo("CANCELLED");
    problem(
        ApiSaves.send("DELETE", schedules + "/" + scheduleId, token, null, null, Map.of()), 409);

    JsonObject past =
        problem(
            ApiSaves.send(
                "POST",
                schedules,
                token,
                "application/json",
                "{\"action\":\"PUBLISH\",\"at\":\"2001-01-01T09:00\"}",
                Map.of()),
            422);
    assertThat(past.getString("field")).isEqualTo("at");
    JsonObject wrong =
        problem(
            ApiSaves.send(
                "POST",
                schedules,
                token,
                "application/json",
                "{\"action\":\"LATER\",\"at\":12,\"when\":\"now\"}",
                Map.of()),
            422);
    assertThat(wrong.getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .containsExactlyInAnyOrder("action", "at", "when");
    problem(
        ApiSaves.send("POST", schedules, token, "application/json", "{not json", Map.of()), 400);
    assertThat(
            ApiSaves.send("GET", schedules, token, null, null, Map.of())
                .body()
                .split("\"PENDING\"", -1)
                .length)
        .as("nothing pending was added by the refused requests")
        .isEqualTo(1);
  }

  @Test
  void aTranslationIsLinkedAndUnlinkedInAnOfficeWithTwoLanguages() {
    long french = newDraft("senegal", "fr", network);
    long english = newDraft("senegal", "en", network);
    String translation = "/api/v1/offices/senegal/items/" + english + "/translation";

    HttpResponse<String> linked =
        ApiSaves.send(
            "PUT", translation, network, "application/json", "{\"source\":" + french + "}", Map.of());
    assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);
    JsonObject set = object(linked);
    assertThat(set.getJsonNumber("sourceItemId").longValue()).isEqualTo(french);
    assertThat(set.toString()).contains("\"itemId\":" + english).contains("UP_TO_DATE");
    problem(
        ApiSaves.send(
            "PUT", translation, network, "application/json", "{\"source\":" + french + "}", Map.of()),
        409);

    HttpResponse<String> unlinked =
        ApiSaves.send("DELETE", translation, network, null, null, Map.of());
    assertThat(unlinked.statusCode()).as(unlinked.body()).isEqualTo(200);
    assertThat(object(unlinked).getJsonNumber("sourceItemId").longValue()).isEqualTo(english);
    problem(ApiSaves.send("DELETE", translation, network, null, null, Map.of()), 409);
    JsonObject bad =
        problem(
            ApiSaves.send(
                "PUT", translation, network, "application/json", "{\"source\":\"x\",\"y\":1}", Map.of()),
            422);
    assertThat(bad.getJsonArray("errors")).hasSize(2);
  }

  @Test
  void theTrashIsRestoredByHqsNetworkTokenNotByAnOfficesToken() {
    long id = newDraft("gambia", "en", token);
    assertThat(
            ApiSaves.send("DELETE", GAMBIA + "/items/" + id, token, null, null, Map.of())
                .statusCode())
        .isEqualTo(204);
    String restore = GAMBIA + "/trash/" + id + "/restore";

    JsonObject refused =
        problem(ApiSaves.send("POST", restore, token, null, null, Map.of()), 403);
    assertThat(refused.getString("code")).isEqualTo("trash.admins_of_0_only");
    problem(ApiSaves.send("GET", GAMBIA + "/items/" + id, token, null, null, Map.of()), 404);

    HttpResponse<String> listed =
        ApiSaves.send("GET", GAMBIA + "/trash", network, null, null, Map.of());
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    assertThat(listed.body()).contains("\"itemId\":" + id);
    HttpResponse<String> restored = ApiSaves.send("POST", restore, network, null, null, Map.of());
    assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
    assertThat(object(restored).getJsonNumber("id").longValue()).isEqualTo(id);
    assertThat(
            ApiSaves.send("GET", GAMBIA + "/items/" + id, token, null, null, Map.of())
                .statusCode())
        .isEqualTo(200);
    problem(ApiSaves.send("POST", restore, network, null, null, Map.of()), 404);
  }
}
