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
 * The API's actions on items beyond text (issue 18): scheduled publish and unpublish, translation
 * links, restoring from the trash (media: {@link ApiMediaActionsIT}). Each goes through the
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
    token = gambiaWriteToken();
    network = networkWriteToken();
  }

  /** A new WRITE token of the Gambia, issued in the console by its administrator. */
  static String gambiaWriteToken() {
    return ApiTokenIT.issue(
        ConsoleSession.signIn("gambia.admin@meridian.example.org"),
        "Actions " + UNIQUE.incrementAndGet(),
        "WRITE");
  }

  /** A new WRITE network token of HQ. */
  static String networkWriteToken() {
    return ApiTokenIT.issueNetwork("Actions network " + UNIQUE.incrementAndGet(), "WRITE");
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

  static JsonObject object(HttpResponse<String> response) {
    return (JsonObject) JsonBodies.parse(response.body());
  }

  static JsonObject ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return object(response);
  }

  static JsonObject problem(HttpResponse<String> response, int status) {
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
    byte[] body = MultipartForms.body(boundary, fields, "file", fileName, "application/octet-stream", file);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(MeridianServer.server().uri(path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
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
