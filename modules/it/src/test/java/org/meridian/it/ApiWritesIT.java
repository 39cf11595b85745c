package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Writes of the API (issue 18): PATCH as RFC 7396, PUT that keeps what is not sent, If-Match and
 * basedOnRevision, and RFC 9457 problems that list every invalid field. A refused write leaves the
 * item as it was.
 */
@ExtendWith(MeridianServer.class)
class ApiWritesIT {

  private static final String ITEMS = "/api/v1/offices/gambia/items";
  private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());
  private static String token;

  @BeforeAll
  static void issueToken() {
    token =
        ApiTokenIT.issue(
            ConsoleSession.signIn("gambia.admin@meridian.example.org"),
            "Writes " + UNIQUE.incrementAndGet(),
            "WRITE");
  }

  private static long newDraft() {
    String slug = "writes-" + Long.toString(UNIQUE.incrementAndGet(), 36);
    HttpResponse<String> created =
        ApiSaves.send(
            "POST",
            ITEMS,
            token,
            "application/json",
            "{\"type\":\"news\",\"language\":\"en\",\"slug\":\""
                + slug
                + "\",\"title\":\"Draft\",\"summary\":\"The summary\",\"body\":\"<p>The body</p>\","
                + "\"fields\":{\"kind\":\"story\",\"datelinePlace\":\"Banjul\"}}",
            Map.of());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("ETag")).contains("\"r1\"");
    return object(created).getJsonNumber("id").longValue();
  }

  private static JsonObject object(HttpResponse<String> response) {
    return (JsonObject) JsonBodies.parse(response.body());
  }

  private static JsonObject read(long id) {
    HttpResponse<String> response =
        ApiSaves.send("GET", ITEMS + "/" + id, token, null, null, Map.of());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return object(response);
  }

  private static JsonObject problem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonObject problem = object(response);
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.getString("type")).isEqualTo("about:blank");
    assertThat(problem.getString("title")).isNotBlank();
    assertThat(problem.getString("detail")).isNotBlank().doesNotContain("Exception");
    return problem;
  }

  @Test
  void oneItemHasItsTextItsTypeFieldsAndItsRevisionAsETag() {
    long id = newDraft();
    HttpResponse<String> response =
        ApiSaves.send("GET", ITEMS + "/" + id, token, null, null, Map.of());

    assertThat(response.headers().firstValue("ETag")).contains("\"r1\"");
    JsonObject item = object(response);
    assertThat(item.getString("summary")).isEqualTo("The summary");
    assertThat(item.getString("body")).isEqualTo("<p>The body</p>");
    assertThat(item.getJsonObject("fields").getString("kind")).isEqualTo("story");
  }

  @Test
  void aPatchChangesWhatItSendsAndNothingElse() {
    long id = newDraft();

    HttpResponse<String> patched =
        ApiSaves.patch(
            ITEMS + "/" + id,
            token,
            "{\"title\":\"Patched\",\"fields\":{\"datelinePlace\":null}}",
            Map.of("If-Match", "\"r1\""));

    assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
    assertThat(patched.headers().firstValue("ETag")).contains("\"r2\"");
    JsonObject item = read(id);
    assertThat(item.getString("title")).isEqualTo("Patched");
    assertThat(item.getString("summary")).isEqualTo("The summary");
    assertThat(item.getString("body")).isEqualTo("<p>The body</p>");
    assertThat(item.getJsonObject("fields").getString("kind")).isEqualTo("story");
    assertThat(item.getJsonObject("fields").containsKey("datelinePlace")).isFalse();
    assertThat(item.getInt("revision")).isEqualTo(2);
  }

  @Test
  void aPutWithOnlyATitleKeepsTheSummaryAndTheBody() {
    long id = newDraft();

    HttpResponse<String> saved =
        ApiSaves.put(ITEMS + "/" + id, token, "{\"basedOnRevision\":1,\"title\":\"Only title\"}");

    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    JsonObject item = read(id);
    assertThat(item.getString("title")).isEqualTo("Only title");
    assertThat(item.getString("summary")).isEqualTo("The summary");
    assertThat(item.getString("body")).isEqualTo("<p>The body</p>");
  }

  @Test
  void aWriteOnAnOldRevisionIsRefusedWithTheDiffAndWritesNothing() {
    long id = newDraft();
    assertThat(
            ApiSaves.patch(ITEMS + "/" + id, token, "{\"title\":\"Theirs\"}", Map.of("If-Match", "\"r1\""))
                .statusCode())
        .isEqualTo(200);

    JsonObject stale =
        problem(
            ApiSaves.patch(
                ITEMS + "/" + id, token, "{\"title\":\"Mine\"}", Map.of("If-Match", "\"r1\"")),
            412);
    assertThat(stale.getInt("latestRevision")).isEqualTo(2);
    assertThat(stale.getJsonArray("changes")).isNotEmpty();
    assertThat(stale.getJsonObject("yours").getString("title")).isEqualTo("Mine");

    JsonObject conflict =
        problem(
            ApiSaves.patch(ITEMS + "/" + id, token, "{\"basedOnRevision\":1,\"title\":\"Mine\"}", Map.of()),
            409);
    assertThat(conflict.getInt("latestRevision")).isEqualTo(2);

    problem(ApiSaves.patch(ITEMS + "/" + id, token, "{\"title\":\"Blind\"}", Map.of()), 428);
    problem(
        ApiSaves.patch(ITEMS + "/" + id, token, "{\"title\":\"Weak\"}", Map.of("If-Match", "W/\"r2\"")),
        412);
    assertThat(read(id).getString("title")).isEqualTo("Theirs");
    assertThat(read(id).getInt("revision")).isEqualTo(2);
  }

  @Test
  void everyInvalidFieldIsListedWithItsCodeAndNothingIsWritten() {
    long id = newDraft();

    JsonObject problem =
        problem(
            ApiSaves.patch(
                ITEMS + "/" + id,
                token,
                "{\"title\":7,\"summary\":[],\"slug\":\"x\",\"fields\":{\"kind\":\"rumour\"}}",
                Map.of("If-Match", "\"r1\"")),
            422);
    assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field") + " " + e.getString("code"))
        .containsExactlyInAnyOrder(
            "slug api.unknown_field", "title api.wrong_type", "summary api.wrong_type");

    JsonObject kind =
        problem(
            ApiSaves.patch(
                ITEMS + "/" + id,
                token,
                "{\"title\":\"" + "t".repeat(301) + "\",\"fields\":{\"kind\":\"rumour\"}}",
                Map.of("If-Match", "\"r1\"")),
            422);
    assertThat(kind.getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field") + " " + e.getString("code"))
        .containsExactlyInAnyOrder(
            "fields.kind fields.not_a_choice_0_1_2", "title api.invalid_value");
    assertThat(read(id).getInt("revision")).isEqualTo(1);
  }

  @Test
  void badInputIsAProblemAndWritesNothing() {
    long id = newDraft();
    String path = ITEMS + "/" + id;

    problem(ApiSaves.patch(path, token, "{\"title\":", Map.of("If-Match", "\"r1\"")), 400);
    problem(ApiSaves.patch(path, token, "[]", Map.of("If-Match", "\"r1\"")), 400);
    problem(
        ApiSaves.send("PATCH", path, token, "text/plain", "{}", Map.of("If-Match", "\"r1\"")),
        415);
    String huge = "{\"body\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}";
    problem(ApiSaves.patch(path, token, huge, Map.of("If-Match", "\"r1\"")), 413);
    problem(
        ApiSaves.patch(ITEMS + "/987654321", token, "{\"title\":\"X\"}", Map.of("If-Match", "*")),
        404);
    problem(
        ApiSaves.patch(ITEMS + "/not-a-number", token, "{\"title\":\"X\"}", Map.of("If-Match", "*")),
        404);
    assertThat(read(id).getInt("revision")).isEqualTo(1);
  }

  @Test
  void anItemOfAnotherOfficeIsNotFoundWithThisOfficesToken() {
    String hqToken =
        ApiTokenIT.issue(
            ConsoleSession.signIn("hq.admin@meridian.example.org"),
            "Other " + UNIQUE.incrementAndGet(),
            "WRITE");
    long gambiaItem = newDraft();

    problem(
        ApiSaves.patch(
            "/api/v1/offices/hq/items/" + gambiaItem,
            hqToken,
            "{\"title\":\"Hijack\"}",
            Map.of("If-Match", "*")),
        404);
    problem(
        ApiSaves.send(
            "GET", "/api/v1/offices/hq/items/" + gambiaItem, hqToken, null, null, Map.of()),
        404);
    assertThat(read(gambiaItem).getString("title")).isEqualTo("Draft");
  }

  @Test
  void aTokenMovesAnItemToTheTrashAndItIsGone() {
    long id = newDraft();

    HttpResponse<String> trashed =
        ApiSaves.send("DELETE", ITEMS + "/" + id, token, null, null, Map.of());

    assertThat(trashed.statusCode()).as(trashed.body()).isEqualTo(204);
    problem(ApiSaves.send("GET", ITEMS + "/" + id, token, null, null, Map.of()), 404);
    problem(ApiSaves.send("DELETE", ITEMS + "/" + id, token, null, null, Map.of()), 404);
    problem(ApiSaves.send("DELETE", ITEMS + "/" + id, null, null, null, Map.of()), 401);
  }
}
