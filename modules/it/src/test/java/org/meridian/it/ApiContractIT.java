package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API's contract (issue 18): Payara's {@code /openapi} describes every endpoint the server
 * has (Jersey's WADL is the list of what there is), and every operation it describes answers as
 * described — called without a token when it declares the bearer scheme (401, a problem) and with
 * one, each answer's status among those declared and its body valid against the declared schema
 * (JSON Schema 2020-12, networknt's validator). docs/api.md names every path of the document.
 */
@ExtendWith(MeridianServer.class)
class ApiContractIT {

  private static final String ADMIN = "gambia.admin@meridian.example.org";
  private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());
  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

  private static JsonObject document;
  private static String token;
  private static String network;
  private static long draft;
  private static long live;
  private static long media;

  @BeforeAll
  static void readTheDocument() {
    HttpResponse<String> openapi =
        ApiSaves.send("GET", "/openapi", null, null, null, Map.of("Accept", "application/json"));
    assertThat(openapi.statusCode()).as(openapi.body()).isEqualTo(200);
    document = (JsonObject) JsonBodies.parse(openapi.body());
    token = ApiTokenIT.issue(ConsoleSession.signIn(ADMIN), "Contract " + UNIQUE.get(), "WRITE");
    network = ApiTokenIT.issueNetwork("Contract network " + UNIQUE.get(), "WRITE");
    draft = newDraft();
    HttpResponse<String> uploaded =
        ApiActionsIT.upload(
            "/api/v1/offices/gambia/media", token, Map.of("title", "Contract"), "c.pdf", pdf());
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    media = ((JsonObject) JsonBodies.parse(uploaded.body())).getJsonNumber("id").longValue();
    HttpResponse<String> content =
        ApiSaves.send("GET", "/api/v1/offices/gambia/content?size=1", null, null, null, Map.of());
    live =
        ((JsonObject) JsonBodies.parse(content.body()))
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
  }

  private static long newDraft() {
    HttpResponse<String> created =
        ApiSaves.send(
            "POST", "/api/v1/offices/gambia/items", token, "application/json", newItem(), Map.of());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return ((JsonObject) JsonBodies.parse(created.body())).getJsonNumber("id").longValue();
  }

  private static String newItem() {
    return "{\"type\":\"news\",\"language\":\"en\",\"slug\":\"contract-"
        + Long.toString(UNIQUE.incrementAndGet(), 36)
        + "\",\"title\":\"Contract\",\"summary\":\"S\",\"body\":\"<p>B</p>\"}";
  }

  @Test
  void theDocumentDescribesTheApiAndItsBearerScheme() {
    assertThat(document.getJsonObject("info").getString("title")).isEqualTo("Meridian API");
    JsonObject scheme =
        document.getJsonObject("components").getJsonObject("securitySchemes").getJsonObject("token");
    assertThat(scheme.getString("type")).isEqualTo("http");
    assertThat(scheme.getString("scheme")).isEqualTo("bearer");
  }

  @Test
  void everyEndpointOfTheServerIsDescribed() {
    HttpResponse<String> wadl =
        ApiSaves.send("GET", "/api/v1/application.wadl", null, null, null, Map.of());
    assertThat(wadl.statusCode()).isEqualTo(200);
    Set<String> served = new TreeSet<>();
    Document xml = Jsoup.parse(wadl.body(), "", Parser.xmlParser());
    for (Element method : xml.select("method")) {
      String verb = method.attr("name").toLowerCase(java.util.Locale.ROOT);
      if (!METHODS.contains(verb)) {
        continue;
      }
      StringBuilder path = new StringBuilder();
      for (Element parent : method.parents()) {
        if (parent.tagName().equals("resource")) {
          path.insert(0, "/" + parent.attr("path").replaceAll("^/+|/+$", ""));
        }
      }
      String normal = path.toString().replaceAll("/+", "/").replaceAll("\\{([a-z]+)(:[^}]*)?}", "{$1}");
      String trimmed = normal.endsWith("/") ? normal.substring(0, normal.length() - 1) : normal;
      served.add(verb + " /api/v1" + trimmed);
    }
    assertThat(served).as("the WADL lists the API's endpoints").hasSizeGreaterThan(10);
    assertThat(described()).containsAll(served);
  }

  private static Set<String> described() {
    Set<String> described = new TreeSet<>();
    document
        .getJsonObject("paths")
        .forEach(
            (path, item) ->
                item.asJsonObject().keySet().stream()
                    .filter(METHODS::contains)
                    .forEach(verb -> described.add(verb + " " + path)));
    return described;
  }

  @Test
  void everyDescribedOperationAnswersAsDescribed() {
    List<String> wrong = new ArrayList<>();
    document
        .getJsonObject("paths")
        .forEach(
            (path, item) ->
                item.asJsonObject()
                    .forEach(
                        (verb, operation) -> {
                          if (METHODS.contains(verb)) {
                            check(path, verb, operation.asJsonObject(), wrong);
                          }
                        }));
    assertThat(wrong).as("operations that do not answer as described").isEmpty();
  }

  /** A small PDF, made of ASCII only so that it travels in a text body. */
  private static byte[] pdf() {
    return "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
        .getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * What an operation is called with: the office, item and other ids its path names, the token
   * (HQ's network token for the trash and translations, which an office's token acting as an
   * editor may not restore from, and which need an office with two languages), and its body.
   */
  private record Sample(String office, long id, long scheduleId, String token, String body) {}

  private static Sample sample(String path, String verb) {
    if (path.contains("/trash")) {
      long trashed = newDraft();
      ApiSaves.send("DELETE", "/api/v1/offices/gambia/items/" + trashed, token, null, null, Map.of());
      return new Sample("gambia", trashed, 0, network, null);
    }
    if (path.endsWith("/translation")) {
      long french = ApiActionsIT.newDraft("senegal", "fr", network);
      long english = ApiActionsIT.newDraft("senegal", "en", network);
      String link = "{\"source\":" + french + "}";
      if (verb.equals("delete")) {
        ApiSaves.send(
            "PUT",
            "/api/v1/offices/senegal/items/" + english + "/translation",
            network,
            "application/json",
            link,
            Map.of());
      }
      return new Sample("senegal", english, 0, network, verb.equals("put") ? link : null);
    }
    if (path.contains("{scheduleId}")) {
      long item = newDraft();
      HttpResponse<String> scheduled =
          ApiSaves.send(
              "POST",
              "/api/v1/offices/gambia/items/" + item + "/schedules",
              token,
              "application/json",
              schedule(),
              Map.of());
      assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(201);
      return new Sample(
          "gambia",
          item,
          ((JsonObject) JsonBodies.parse(scheduled.body())).getJsonNumber("id").longValue(),
          token,
          null);
    }
    // A deletion gets an item of its own, so that the other operations still find theirs.
    long id = verb.equals("delete") ? newDraft() : path.contains("/content/") ? live : draft;
    return new Sample("gambia", id, 0, token, body(path, verb));
  }

  private static String schedule() {
    return "{\"action\":\"PUBLISH\",\"at\":\""
        + java.time.LocalDateTime.now().plusDays(60).withSecond(0).withNano(0)
        + "\"}";
  }

  private void check(String path, String verb, JsonObject operation, List<String> wrong) {
    Sample sample = sample(path, verb);
    String url = fill(path, sample) + (path.equals("/api/v1") ? "/" : "") + query(path);
    boolean secured =
        operation.containsKey("security") && !operation.getJsonArray("security").isEmpty();
    String name = verb.toUpperCase(java.util.Locale.ROOT) + " " + path;
    if (path.endsWith("/media") && verb.equals("post")) {
      checkUpload(name, url, operation, wrong);
      return;
    }
    String token = sample.token();
    String body = sample.body();
    String type = verb.equals("patch") ? "application/merge-patch+json" : "application/json";
    Map<String, String> headers =
        verb.equals("put") || verb.equals("patch") ? Map.of("If-Match", "*") : Map.of();
    if (secured) {
      HttpResponse<String> anonymous =
          ApiSaves.send(verb.toUpperCase(java.util.Locale.ROOT), url, null, body == null ? null : type, body, headers);
      expect(name + " without a token", operation, anonymous, wrong);
      if (anonymous.statusCode() != 401) {
        wrong.add(name + " without a token answered " + anonymous.statusCode());
      }
    }
    HttpResponse<String> answer =
        ApiSaves.send(
            verb.toUpperCase(java.util.Locale.ROOT), url, secured ? token : null, body == null ? null : type, body, headers);
    expect(name, operation, answer, wrong);
    if (answer.statusCode() >= 400 && !path.contains("sharing")) {
      wrong.add(name + " answered " + answer.statusCode() + ": " + answer.body());
    }
  }

  /** The upload, in multipart/form-data: without a token, then with one. */
  private void checkUpload(String name, String url, JsonObject operation, List<String> wrong) {
    HttpResponse<String> anonymous =
        ApiActionsIT.upload(url, null, Map.of("title", "Contract"), "c.pdf", pdf());
    expect(name + " without a token", operation, anonymous, wrong);
    if (anonymous.statusCode() != 401) {
      wrong.add(name + " without a token answered " + anonymous.statusCode());
    }
    HttpResponse<String> answer =
        ApiActionsIT.upload(url, token, Map.of("title", "Contract"), "c.pdf", pdf());
    expect(name, operation, answer, wrong);
    if (answer.statusCode() >= 400) {
      wrong.add(name + " answered " + answer.statusCode() + ": " + answer.body());
    }
  }

  /** The answer's status is declared, and its body is valid against the declared schema. */
  private void expect(String name, JsonObject operation, HttpResponse<String> answer, List<String> wrong) {
    String status = Integer.toString(answer.statusCode());
    JsonObject responses = operation.getJsonObject("responses");
    if (!responses.containsKey(status)) {
      wrong.add(name + " answered " + status + ", not declared (" + responses.keySet() + "): " + answer.body());
      return;
    }
    JsonObject response = resolve(responses.getJsonObject(status));
    String mediaType =
        answer.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", "").strip();
    if (answer.body().isEmpty()) {
      return;
    }
    JsonObject content = response.getJsonObject("content");
    if (content == null) {
      wrong.add(name + " answered a body where " + status + " declares none");
      return;
    }
    JsonObject declared =
        content.containsKey(mediaType)
            ? content.getJsonObject(mediaType)
            : content.containsKey("*/*") ? content.getJsonObject("*/*") : null;
    if (declared == null) {
      wrong.add(name + " answered " + mediaType + ", declared " + content.keySet());
      return;
    }
    if (!declared.containsKey("schema")) {
      wrong.add(name + " declares no schema for " + status);
      return;
    }
    String schema =
        Json.createObjectBuilder()
            .add("$schema", "https://json-schema.org/draft/2020-12/schema")
            .add("components", document.getJsonObject("components"))
            .add("allOf", Json.createArrayBuilder().add(declared.get("schema")))
            .build()
            .toString();
    var errors =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(schema)
            .validate(answer.body(), InputFormat.JSON);
    if (!errors.isEmpty()) {
      wrong.add(name + " " + status + " does not match its schema: " + errors.stream().limit(5).map(e -> e.toString()).toList());
    }
  }

  private JsonObject resolve(JsonObject response) {
    if (!response.containsKey("$ref")) {
      return response;
    }
    String ref = response.getString("$ref");
    return document
        .getJsonObject("components")
        .getJsonObject("responses")
        .getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
  }

  private static String fill(String path, Sample sample) {
    Matcher m = Pattern.compile("\\{([a-zA-Z]+)}").matcher(path);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value =
          switch (m.group(1)) {
            case "code" -> sample.office();
            case "lang" -> "en";
            case "id" -> Long.toString(sample.id());
            case "scheduleId" -> Long.toString(sample.scheduleId());
            case "mediaId" -> Long.toString(media);
            default -> throw new AssertionError("no sample value for {" + m.group(1) + "} of " + path);
          };
      m.appendReplacement(out, value);
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String query(String path) {
    if (path.endsWith("/by-path")) {
      return "?lang=en&path=" + URLEncoder.encode("about-us", StandardCharsets.UTF_8);
    }
    if (path.endsWith("/search")) {
      return "?q=water";
    }
    return "";
  }

  private static String body(String path, String verb) {
    if (verb.equals("get") || verb.equals("delete")) {
      return null;
    }
    if (path.endsWith("/steps")) {
      return "{\"step\":\"SUBMIT\"}";
    }
    if (path.endsWith("/classification")) {
      return "{\"themes\":[],\"tags\":[]}";
    }
    if (path.endsWith("/schedules")) {
      return schedule();
    }
    if (verb.equals("post") && path.endsWith("/items")) {
      return newItem();
    }
    return "{\"title\":\"Contract, changed\"}";
  }

  @Test
  void docsApiMdNamesEveryPathOfTheDocument() throws java.io.IOException {
    java.nio.file.Path dir = java.nio.file.Path.of("").toAbsolutePath();
    while (dir != null && !java.nio.file.Files.exists(dir.resolve("docs/api.md"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("the repository above the working directory").isNotNull();
    String docs = java.nio.file.Files.readString(dir.resolve("docs/api.md"));
    List<String> missing = new ArrayList<>();
    for (String operation : described()) {
      String path = operation.substring(operation.indexOf(' ') + 1);
      String verb = operation.substring(0, operation.indexOf(' ')).toUpperCase(java.util.Locale.ROOT);
      String named = "`" + verb + " " + path + (path.equals("/api/v1") ? "/" : "");
      if (!Pattern.compile(Pattern.quote(named) + "[`?]").matcher(docs).find()) {
        missing.add(verb + " " + path);
      }
    }
    assertThat(missing).as("operations of /openapi that docs/api.md does not name").isEmpty();
  }
}
