package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.it.ApiActionsIT.newDraft;
import static org.meridian.it.ApiActionsIT.object;
import static org.meridian.it.ApiActionsIT.ok;
import static org.meridian.it.ApiActionsIT.png;
import static org.meridian.it.ApiActionsIT.problem;
import static org.meridian.it.ApiActionsIT.upload;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API's media actions (issue 18): upload with the console's checks, an item's hero image and
 * its alt text, never another office's picture. A refused request answers a problem and stores
 * nothing.
 */
@ExtendWith(MeridianServer.class)
class ApiMediaActionsIT {

  private static final String GAMBIA = "/api/v1/offices/gambia";
  private static String token;
  private static String network;

  @BeforeAll
  static void issueTokens() {
    token = ApiActionsIT.gambiaWriteToken();
    network = ApiActionsIT.networkWriteToken();
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
}
