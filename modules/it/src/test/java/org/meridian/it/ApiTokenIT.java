package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Per-office API tokens end to end: issued and revoked by an office administrator in the console,
 * then used against the management endpoints, which stay closed to everyone else.
 */
@ExtendWith(MeridianServer.class)
class ApiTokenIT {

  private static final String ADMIN = "gambia.admin@meridian.example.org";
  private static final String EDITOR = "gambia.editor@meridian.example.org";
  private static final String ITEMS = "/api/v1/offices/gambia/items";
  private static final String GAMBIA_DRAFT = "Coastal resilience study: first findings";
  private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

  private Browser client;

  @BeforeEach
  void newClient() {
    client = new Browser(MeridianServer.server());
  }

  static String unique(String prefix) {
    return prefix + "-" + Long.toString(UNIQUE.incrementAndGet(), 36);
  }

  /** Issues a token in the console as the Gambia's administrator; returns its secret. */
  static String issue(ConsoleSession admin, String name, String scope) {
    return issue(admin, name, scope, Map.of());
  }

  /**
   * Issues a token with more of the form's fields ({@code issue:rate}, {@code issue:network});
   * returns its secret.
   */
  static String issue(ConsoleSession admin, String name, String scope, Map<String, String> more) {
    Document page = admin.open("/admin/tokens.xhtml");
    Map<String, String> fields = new java.util.HashMap<>(more);
    fields.put("issue:name", name);
    fields.put("issue:scope", scope);
    Document issued = admin.submit(page, "issue", fields, "issue:issue-button");
    Element secret = issued.getElementById("issued-secret");
    assertThat(secret).as("the secret shown once").isNotNull();
    assertThat(issued.text()).contains("Copy this token now");
    return secret.text();
  }

  static Map<String, String> bearer(String token) {
    return Map.of("Authorization", "Bearer " + token);
  }

  static JsonObject json(HttpResponse<String> response) {
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(
            type ->
                assertThat(type)
                    .startsWith(
                        response.statusCode() < 400
                            ? "application/json"
                            : "application/problem+json"));
    return (JsonObject) JsonBodies.parse(response.body());
  }

  private static List<String> titles(HttpResponse<String> items) {
    return json(items).getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(i -> i.getString("title"))
        .toList();
  }

  static String newsBody(String slug, String title) {
    return "{\"type\":\"news\",\"language\":\"en\",\"slug\":\""
        + slug
        + "\",\"title\":\""
        + title
        + "\",\"summary\":\"From a partner\",\"body\":\"<p>Text</p>\"}";
  }

  @Test
  void anonymousCallsToTheManagementEndpointsGet401WithABearerChallenge() {
    for (HttpResponse<String> response :
        List.of(client.get(ITEMS), client.postJson(ITEMS, Map.of(), newsBody("x", "X")))) {
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.headers().firstValue("WWW-Authenticate"))
          .hasValue("Bearer realm=\"meridian\"");
      assertThat(json(response).getString("message")).contains("Authorization: Bearer mrd_");
    }
    assertThat(client.get("/api/v1/offices/gambia/content").statusCode()).isEqualTo(200);
    assertThat(client.get("/api/v1/offices/gambia").statusCode()).isEqualTo(200);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Basic Z2FtYmlhOmFkbWlu | other schemes are not accepted",
        "Bearer not-a-token | starts with 'mrd_'",
        "Bearer mrd_short | copy it whole",
        "Bearer mrd_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA | not known"
      })
  void badTokensGet401SayingWhatIsWrong(String authorization, String message) {
    HttpResponse<String> response = client.get(ITEMS, Map.of("Authorization", authorization));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer realm="));
    assertThat(json(response).getString("message")).contains(message);
  }

  @Test
  void aReadTokenListsTheOfficesItemsDraftsIncludedAndItsUseIsShown() {
    ConsoleSession admin = ConsoleSession.signIn(ADMIN);
    String name = unique("Reader");
    String token = issue(admin, name, "READ");

    // All of them: other tests add many items to the Gambia, newest first.
    HttpResponse<String> items = client.get(ITEMS + "?limit=500", bearer(token));

    assertThat(items.statusCode()).isEqualTo(200);
    assertThat(items.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(titles(items)).contains(GAMBIA_DRAFT, "About us").doesNotContain("À propos");
    JsonObject draft =
        json(items).getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(i -> i.getString("title").equals(GAMBIA_DRAFT))
            .findFirst()
            .orElseThrow();
    assertThat(draft.getBoolean("live")).isFalse();
    assertThat(draft.containsKey("url")).isFalse();

    Element row = rowOf(admin.open("/admin/tokens.xhtml"), name);
    assertThat(row.text())
        .contains("READ")
        .contains("mrd_")
        .doesNotContain(token)
        .doesNotContain("never");
  }

  @Test
  void aTokenOfOneOfficeIsRefusedOnAnotherAndShowsNothingOfIt() {
    String token = issue(ConsoleSession.signIn(ADMIN), unique("Gambia writer"), "WRITE");

    HttpResponse<String> read = client.get("/api/v1/offices/senegal/items", bearer(token));
    HttpResponse<String> write =
        client.postJson(
            "/api/v1/offices/senegal/items", bearer(token), newsBody(unique("intrusion"), "X"));

    for (HttpResponse<String> refused : List.of(read, write)) {
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(json(refused).getString("message"))
          .contains("for the office 'gambia'")
          .contains("no access to other offices");
      assertThat(refused.body()).doesNotContain("À propos").doesNotContain("\"items\"");
    }
  }

  @Test
  void aReadTokenCannotCreateItems() {
    String token = issue(ConsoleSession.signIn(ADMIN), unique("Reader"), "READ");
    String slug = unique("read-only");

    HttpResponse<String> refused = client.postJson(ITEMS, bearer(token), newsBody(slug, "Nope"));

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(c -> assertThat(c).contains("error=\"insufficient_scope\""));
    assertThat(json(refused).getString("message")).contains("write scope");
    assertThat(client.get(ITEMS, bearer(token)).body()).doesNotContain(slug);
  }

  @Test
  void aWriteTokenCreatesADraftThatEditorsSeeAndVisitorsDoNot() {
    String token = issue(ConsoleSession.signIn(ADMIN), unique("Partner portal"), "WRITE");
    String slug = unique("partner-news");
    String title = "Partner news " + slug;

    HttpResponse<String> created = client.postJson(ITEMS, bearer(token), newsBody(slug, title));

    assertThat(created.statusCode()).isEqualTo(201);
    JsonObject item = json(created);
    assertThat(item.getString("slug")).isEqualTo(slug);
    assertThat(item.getBoolean("live")).isFalse();
    assertThat(item.getString("lastAuthor")).startsWith("api-token:Partner portal");
    URI location = URI.create(created.headers().firstValue("Location").orElseThrow());
    assertThat(location.getPath()).isEqualTo(ITEMS + "/" + item.getInt("id"));
    HttpResponse<String> again = client.get(location.getPath(), bearer(token));
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(json(again).getString("title")).isEqualTo(title);

    Document console = ConsoleSession.signIn(EDITOR).open("/admin/index.xhtml");
    assertThat(console.select("#content tbody tr").text()).contains(title);
    assertThat(client.get("/gambia/en/" + slug).statusCode()).isEqualTo(404);
    assertThat(client.get("/api/v1/offices/gambia/content?type=news").body()).doesNotContain(slug);
  }

  @Test
  void badBodiesAreRefusedNamingTheFieldAndLeaveNothingBehind() {
    String token = issue(ConsoleSession.signIn(ADMIN), unique("Writer"), "WRITE");
    String slug = unique("only-once");

    HttpResponse<String> notJson = client.postJson(ITEMS, bearer(token), "{\"type\": \"news\",");
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(json(notJson).getString("message")).contains("not valid JSON");

    HttpResponse<String> noTitle =
        client.postJson(
            ITEMS,
            bearer(token),
            "{\"type\":\"news\",\"language\":\"en\",\"slug\":\"" + slug + "\"}");
    assertThat(noTitle.statusCode()).isEqualTo(422);
    assertThat(json(noTitle).getString("field")).isEqualTo("title");

    HttpResponse<String> french =
        client.postJson(ITEMS, bearer(token), newsBody(slug, "X").replace("\"en\"", "\"fr\""));
    assertThat(french.statusCode()).isEqualTo(422);
    assertThat(json(french).getString("field")).isEqualTo("language");
    assertThat(json(french).getString("message")).contains("publishes in [en]");

    assertThat(client.postJson(ITEMS, bearer(token), newsBody(slug, "First")).statusCode())
        .isEqualTo(201);
    HttpResponse<String> taken = client.postJson(ITEMS, bearer(token), newsBody(slug, "Second"));
    assertThat(taken.statusCode()).isEqualTo(409);
    assertThat(json(taken).getString("message")).contains("already used").contains(slug);

    List<String> titles = titles(client.get(ITEMS + "?limit=500", bearer(token)));
    assertThat(titles).contains("First").doesNotContain("Second");
  }

  /**
   * Every domain refusal that says why by a code keeps its English message and adds the code
   * (issue 16): a type field's value (422), a taken address (409), an item that is not there (404).
   */
  @Test
  void refusalsKeepTheirEnglishMessageAndGiveTheirStableCode() {
    String token = issue(ConsoleSession.signIn(ADMIN), unique("Coder"), "WRITE");
    String slug = unique("coded");

    HttpResponse<String> badKind =
        client.postJson(
            ITEMS,
            bearer(token),
            newsBody(slug, "Coded").replace("}", ",\"fields\":{\"kind\":\"rumour\"}}"));
    assertThat(badKind.statusCode()).isEqualTo(422);
    assertThat(json(badKind).getString("field")).isEqualTo("fields.kind");
    assertThat(json(badKind).getString("code")).isEqualTo("fields.not_a_choice_0_1_2");
    assertThat(json(badKind).getString("message"))
        .isEqualTo("Kind: 'rumour' is not one of [news, press-release, story].");

    assertThat(client.postJson(ITEMS, bearer(token), newsBody(slug, "First")).statusCode())
        .isEqualTo(201);
    HttpResponse<String> taken = client.postJson(ITEMS, bearer(token), newsBody(slug, "Second"));
    assertThat(taken.statusCode()).isEqualTo(409);
    assertThat(json(taken).getString("code")).isEqualTo("content.slug_taken_0_in_1");
    assertThat(json(taken).getString("message"))
        .isEqualTo("The address '" + slug + "' is already used in en: choose another slug");

    HttpResponse<String> missing = client.get(ITEMS + "/987654321", bearer(token));
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(json(missing).getString("code")).isEqualTo("content.no_item_0");
    assertThat(json(missing).getString("message"))
        .isEqualTo("Item 987654321 does not exist in this office");

    HttpResponse<String> notJson = client.postJson(ITEMS, bearer(token), "{\"type\": \"news\",");
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(json(notJson).containsKey("code")).as("no code for what is not a refusal").isFalse();
  }

  @Test
  void aRevokedTokenIsRefusedAtOnce() {
    ConsoleSession admin = ConsoleSession.signIn(ADMIN);
    String name = unique("Short-lived");
    String token = issue(admin, name, "READ");
    assertThat(client.get(ITEMS, bearer(token)).statusCode()).isEqualTo(200);

    Document page = admin.open("/admin/tokens.xhtml");
    String revokeButton = rowOf(page, name).selectFirst("input[type=submit]").attr("name");
    Document confirm = admin.submit(page, "tokens", Map.of(), revokeButton);
    assertThat(confirm.getElementById("tokens:confirm").text()).contains("Revoke " + name);
    Document revoked = admin.submit(confirm, "tokens", Map.of(), "tokens:confirm-revoke");
    assertThat(revoked.text()).contains("Token '" + name + "' revoked");
    assertThat(rowOf(revoked, name).select("input[type=submit]")).isEmpty();

    HttpResponse<String> refused = client.get(ITEMS, bearer(token));
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(c -> assertThat(c).contains("error=\"invalid_token\""));
    assertThat(json(refused).getString("message")).contains("revoked");
  }

  /** A new token works for a year; the console shows when it expires (issue 18). */
  @Test
  void theConsoleShowsWhenATokenExpires() {
    ConsoleSession admin = ConsoleSession.signIn(ADMIN);
    String name = unique("Yearly");
    issue(admin, name, "READ");

    Document page = admin.open("/admin/tokens.xhtml");
    assertThat(page.select("#tokens\\:list thead").text()).contains("Expires");
    String nextYear = Integer.toString(java.time.Year.now(java.time.ZoneOffset.UTC).getValue() + 1);
    var cells = rowOf(page, name).select("td").eachText();
    assertThat(cells).anySatisfy(cell -> assertThat(cell).contains(nextYear));
  }

  @Test
  void anEditorCanNeitherSeeNorIssueTokens() {
    ConsoleSession editor = ConsoleSession.signIn(EDITOR);

    Document index = editor.open("/admin/index.xhtml");
    assertThat(index.getElementById("nav-tokens")).isNull();
    Document tokens = editor.open("/admin/tokens.xhtml");
    assertThat(tokens.getElementById("not-allowed")).isNotNull();
    assertThat(tokens.getElementById("issue")).isNull();
    assertThat(tokens.getElementById("tokens")).isNull();

    Document adminIndex = ConsoleSession.signIn(ADMIN).open("/admin/index.xhtml");
    assertThat(adminIndex.getElementById("nav-tokens")).isNotNull();
  }

  static Element rowOf(Document page, String tokenName) {
    return page.select("#tokens\\:list tbody tr").stream()
        .filter(row -> row.selectFirst("td").text().equals(tokenName))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + tokenName + " in " + page.text()));
  }

  /** HQ's network token, issued by an HQ administrator in HQ's API tokens; returns its secret. */
  static String issueNetwork(String name, String scope) {
    ConsoleSession hq = ConsoleSession.signIn("hq.admin@meridian.example.org");
    assertThat(hq.open("/admin/tokens.xhtml").getElementById("issue:network"))
        .as("HQ's administrators are offered network tokens")
        .isNotNull();
    return issue(hq, name, scope, Map.of("issue:network", "on"));
  }

  @Test
  void aTokenWithARateLimitOfItsOwnGets429WithRetryAfterPastIt() {
    ConsoleSession admin = ConsoleSession.signIn(ADMIN);
    String name = unique("Slow");
    String slow = issue(admin, name, "READ", Map.of("issue:rate", "2"));

    assertThat(client.get(ITEMS + "?size=1", bearer(slow)).statusCode()).isEqualTo(200);
    assertThat(client.get(ITEMS + "?size=1", bearer(slow)).statusCode()).isEqualTo(200);
    HttpResponse<String> third = client.get(ITEMS + "?size=1", bearer(slow));
    if (third.statusCode() == 200) {
      // The first two fell on both sides of a minute's turn: the next two are in one minute.
      client.get(ITEMS + "?size=1", bearer(slow));
      third = client.get(ITEMS + "?size=1", bearer(slow));
    }
    assertThat(third.statusCode()).isEqualTo(429);
    assertThat(third.headers().firstValue("Retry-After"))
        .hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isBetween(1, 60));
    assertThat(json(third).getString("detail")).contains("more than 2 requests this minute");
    assertThat(rowOf(admin.open("/admin/tokens.xhtml"), name).text()).contains("2 a minute");

    Document refused =
        admin.submit(
            admin.open("/admin/tokens.xhtml"),
            "issue",
            Map.of("issue:name", unique("Zero"), "issue:scope", "READ", "issue:rate", "0"),
            "issue:issue-button");
    assertThat(refused.getElementById("issued-secret")).isNull();
    assertThat(refused.text()).contains("between 1 and 100000");
  }
}
