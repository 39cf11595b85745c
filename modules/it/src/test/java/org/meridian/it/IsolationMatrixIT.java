package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The isolation matrix: for every door into Meridian, office A (gambia) can neither see nor reach
 * anything of office B (senegal), even by guessing B's slugs or ids. Each new door (search, feeds,
 * media, previews, tokens…) adds its row here.
 */
@ExtendWith(MeridianServer.class)
class IsolationMatrixIT {

  /** A live item of office B, as its own API lists it. */
  record Known(long id, String language, String slug, String title, String body) {}

  private static List<Known> senegal;
  private static Set<String> gambiaTitles;
  private static Set<String> gambiaBodies;

  @BeforeAll
  static void learnWhatBothOfficesHave() {
    Browser api = new Browser(MeridianServer.server());
    senegal = new ArrayList<>();
    for (String lang : List.of("fr", "en")) {
      senegal.addAll(live(api, "senegal", lang));
    }
    gambiaTitles = live(api, "gambia", "en").stream().map(Known::title).collect(Collectors.toSet());
    // Items HQ or the region shared with both offices are in both: each office's own copy.
    gambiaBodies = live(api, "gambia", "en").stream().map(Known::body).collect(Collectors.toSet());
    assertThat(senegal).as("office B has live content to guess at").hasSizeGreaterThan(3);
  }

  /** Every live item of the office in that language: all pages of the delivery list. */
  private static List<Known> live(Browser api, String office, String lang) {
    List<Known> all = new ArrayList<>();
    int pages = 1;
    for (int page = 1; page <= pages; page++) {
      HttpResponse<String> response =
          api.get(
              "/api/v1/offices/" + office + "/content?lang=" + lang + "&size=100&page=" + page);
      assertThat(response.statusCode()).isEqualTo(200);
      JsonObject list = (JsonObject) JsonBodies.parse(response.body());
      pages = list.getInt("pages");
      all.addAll(known(list));
    }
    return all;
  }

  private static List<Known> known(JsonObject list) {
    return list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .map(
                i ->
                    new Known(
                        i.getJsonNumber("id").longValue(),
                        i.getString("language"),
                        i.getString("slug"),
                        i.getString("title"),
                        i.getString("body")))
            .toList();
  }

  /**
   * B's text must not appear in a page of A, unless A has the very same words itself. A title of
   * one word ("Contact") says nothing of B: A's own menus and drafts use such words too.
   */
  private static void assertNothingOfSenegal(String body) {
    for (Known item : senegal) {
      if (!gambiaTitles.contains(item.title()) && item.title().strip().contains(" ")) {
        assertThat(body).doesNotContain(item.title());
      }
      // Contact cards and other items of a type with its own fields may have no body at all.
      if (!item.body().isBlank() && !gambiaBodies.contains(item.body())) {
        assertThat(body).doesNotContain(item.body());
      }
    }
  }

  /**
   * The delivery API's single items (issue 18): B's ids and addresses asked through A answer 404
   * or A's own item of that address, and A's media embedded in its items are A's or HQ's.
   */
  @Test
  void deliveryApiOneItemByIdOrPathAndItsMedia() {
    Browser api = new Browser(MeridianServer.server());
    for (Known item : senegal) {
      HttpResponse<String> byId = api.get("/api/v1/offices/gambia/content/" + item.id());
      assertThat(byId.statusCode()).as("B's item %s through A", item.id()).isEqualTo(404);
      HttpResponse<String> byPath =
          api.get(
              "/api/v1/offices/gambia/content/by-path?lang=en&path="
                  + item.slug()
                  + "&include=media");
      assertThat(byPath.statusCode()).isIn(200, 400, 404);
      assertNothingOfSenegal(byPath.body());
    }
    HttpResponse<String> withMedia =
        api.get("/api/v1/offices/gambia/content?lang=en&size=100&include=media");
    assertThat(withMedia.statusCode()).isEqualTo(200);
    assertThat(withMedia.body()).doesNotContain("/media/senegal/");
    assertNothingOfSenegal(withMedia.body());
  }

  @Test
  void publicSiteByPathPrefix() {
    Browser visitor = new Browser(MeridianServer.server());
    for (Known item : senegal) {
      HttpResponse<String> response = visitor.get("/gambia/" + item.language() + "/" + item.slug());
      assertThat(response.statusCode())
          .as("/gambia/%s/%s", item.language(), item.slug())
          .isIn(200, 404, 410);
      assertNothingOfSenegal(response.body());
    }
  }

  @Test
  void publicSiteByHostName() {
    for (Known item : senegal) {
      HttpResponse<String> response =
          new Browser(MeridianServer.server())
              .get(
                  "/" + item.language() + "/" + item.slug(),
                  Map.of("Host", "gambia.meridian.example.org"));
      // 410: the Gambia once had an item at that address (e.g. its copy of a withdrawn share).
      assertThat(response.statusCode()).isIn(200, 404, 410);
      assertNothingOfSenegal(response.body());
    }
  }

  @Test
  void publicHomeNewsAndMenus() {
    Browser visitor = new Browser(MeridianServer.server());
    for (String path : List.of("/gambia/en/", "/gambia/en/news", "/gambia/en/nothing-here")) {
      assertNothingOfSenegal(visitor.get(path).body());
    }
  }

  @Test
  void deliveryApi() {
    Browser api = new Browser(MeridianServer.server());
    Set<Long> senegalIds = senegal.stream().map(Known::id).collect(Collectors.toSet());
    assertThat(live(api, "gambia", "en"))
        .extracting(Known::id)
        .doesNotContainAnyElementsOf(senegalIds);
    for (String query :
        List.of("?lang=en", "?lang=en&type=page", "?lang=en&type=news", "?limit=100")) {
      HttpResponse<String> raw = api.get("/api/v1/offices/gambia/content" + query);
      assertThat(raw.statusCode()).isEqualTo(200);
      assertNothingOfSenegal(raw.body());
    }
  }

  @Test
  void consoleListAndOfficeSwitching() {
    Browser editor = new Browser(MeridianServer.server());
    editor.get("/admin/index.xhtml");
    editor.postForm(
        "/j_security_check",
        SignIn.form(editor, "gambia.editor@meridian.example.org", MeridianServer.DEMO_PASSWORD));
    for (String path :
        Stream.of("", "?office=senegal", "?office=hq", "?office=../senegal")
            .map(q -> "/admin/index.xhtml" + q)
            .toList()) {
      HttpResponse<String> page = editor.get(path);
      assertThat(page.statusCode()).isEqualTo(200);
      Document console = Jsoup.parse(page.body());
      assertThat(console.select("#content tbody tr").size()).as(path).isPositive();
      assertNothingOfSenegal(page.body());
    }
  }

  /**
   * Search: the words of B's items (their addresses' words, so that the query itself does not
   * repeat B's titles) find them on B's site, and nothing of B on A's search page (by path or host
   * name), in A's search API or in A's console search, which also searches drafts.
   */
  @Test
  void search() {
    Browser visitor = new Browser(MeridianServer.server());
    ConsoleSession gambiaEditor = ConsoleSession.signIn("gambia.editor@meridian.example.org");
    int foundInB = 0;
    for (Known item : senegal) {
      String words =
          java.net.URLEncoder.encode(
              item.slug().replace('-', ' '), java.nio.charset.StandardCharsets.UTF_8);
      Document own =
          Jsoup.parse(visitor.get("/senegal/" + item.language() + "/search?q=" + words).body());
      foundInB += own.select("ol.search-results > li").isEmpty() ? 0 : 1;
      for (String path :
          List.of(
              "/gambia/en/search?q=" + words,
              "/gambia/" + item.language() + "/search?q=" + words,
              "/api/v1/offices/gambia/en/search?q=" + words)) {
        HttpResponse<String> response = visitor.get(path);
        assertThat(response.statusCode()).as(path).isIn(200, 404);
        assertNothingOfSenegal(response.body());
      }
      HttpResponse<String> byHost =
          new Browser(MeridianServer.server())
              .get("/en/search?q=" + words, Map.of("Host", "gambia.meridian.example.org"));
      assertThat(byHost.statusCode()).isEqualTo(200);
      assertNothingOfSenegal(byHost.body());
      HttpResponse<String> console = gambiaEditor.get("/admin/index.xhtml?q=" + words);
      assertThat(console.statusCode()).isEqualTo(200);
      assertNothingOfSenegal(console.body());
    }
    assertThat(foundInB).as("B's own search finds B's items by these words").isPositive();
  }

  /**
   * Media library: B's files are found neither under A's code in public addresses nor by id in A's
   * console (HQ's shared files are the only others A sees).
   */
  @Test
  void mediaLibrary() {
    Browser senegalEditor = new Browser(MeridianServer.server());
    Document senegalGrid =
        FacesForms.signedInAt(
            senegalEditor, "senegal.editor@meridian.example.org", "/admin/media.xhtml");
    var own = senegalGrid.select("#media-grid li:not(.shared)");
    assertThat(own).as("office B has files to guess at").isNotEmpty();

    Browser gambiaEditor = new Browser(MeridianServer.server());
    Document gambiaGrid =
        FacesForms.signedInAt(
            gambiaEditor, "gambia.editor@meridian.example.org", "/admin/media.xhtml");
    Browser visitor = new Browser(MeridianServer.server());
    for (var card : own) {
      String id = card.attr("data-media-id");
      String title = card.selectFirst("a").text();
      String file = card.selectFirst(".media-meta").text().split(" · ")[0];
      assertThat(gambiaGrid.text()).doesNotContain(title);
      String address = "/media/senegal/" + id + "/original/" + file;
      assertThat(senegalEditor.get(address).statusCode()).isEqualTo(200);
      assertThat(gambiaEditor.get(address).statusCode())
          .as("A's editor gets B's file %s exactly as the public does", id)
          .isEqualTo(visitor.get(address).statusCode());
      assertThat(visitor.get("/media/gambia/" + id + "/original/" + file).statusCode())
          .as("B's file %s under A's code", id)
          .isEqualTo(404);
      assertThat(gambiaEditor.get("/media/gambia/" + id + "/original/" + file).statusCode())
          .as("B's file %s under A's code, to A's editor", id)
          .isEqualTo(404);
      Document forged = Jsoup.parse(gambiaEditor.get("/admin/media.xhtml?media=" + id).body());
      assertThat(forged.select(".media-details")).isEmpty();
      assertThat(forged.text()).doesNotContain(title);
    }
  }

  @Test
  void contentEditorRefusesOtherOfficesItems() {
    Browser editor = new Browser(MeridianServer.server());
    FacesForms.signedInAt(editor, "gambia.editor@meridian.example.org", "/admin/index.xhtml");
    for (Known item : senegal) {
      for (String path :
          List.of(
              "/admin/content/edit.xhtml?item=" + item.id(),
              "/admin/content/edit.xhtml?item=" + item.id() + "&office=senegal")) {
        HttpResponse<String> page = editor.get(path);
        assertThat(page.statusCode()).as(path).isEqualTo(404);
        assertNothingOfSenegal(page.body());
      }
    }
  }

  /**
   * A regional administrator administers the offices of the region but reads none of their content:
   * not in the console (from the regional office or working in the office itself), not with a token
   * of the regional office.
   */
  @Test
  void aRegionalAdministratorReadsNoContentOfTheRegion() {
    ConsoleSession regional = ConsoleSession.signIn("wca.admin@meridian.example.org");
    for (Known item : senegal) {
      HttpResponse<String> fromRegion =
          regional.get("/admin/content/edit.xhtml?item=" + item.id());
      assertThat(fromRegion.statusCode()).as("item %s from the region", item.id()).isEqualTo(404);
      assertNothingOfSenegal(fromRegion.body());
    }
    assertThat(regional.get("/admin/people.xhtml?office=senegal").statusCode()).isEqualTo(200);
    for (Known item : senegal) {
      HttpResponse<String> inSenegal = regional.get("/admin/content/edit.xhtml?item=" + item.id());
      assertThat(inSenegal.statusCode()).as("item %s in senegal", item.id()).isEqualTo(403);
      assertNothingOfSenegal(inSenegal.body());
    }
    HttpResponse<String> list = regional.get("/admin/index.xhtml?q=senegal");
    assertThat(list.statusCode()).isIn(302, 303);

    regional.get("/admin/people.xhtml?office=west-central-africa");
    String token = ApiTokenIT.issue(regional, "Regional isolation " + System.nanoTime(), "READ");
    Browser api = new Browser(MeridianServer.server());
    for (String office : List.of("senegal", "gambia")) {
      HttpResponse<String> items =
          api.get(
              "/api/v1/offices/" + office + "/items?limit=500",
              Map.of("Authorization", "Bearer " + token));
      assertThat(items.statusCode()).as(office).isIn(403, 404);
      assertNothingOfSenegal(items.body());
    }
  }

  /**
   * The management API (issue 18): with a write token of A, every operation on B's item ids, B's
   * schedule, trash and media ids answers a 403 or 404 problem, and nothing of B changes: B's live
   * content reads the same before and after, and B's items have no schedule or translation link
   * more (read with HQ's network token, which acts on B).
   */
  @Test
  void managementApiWithATokenOfAOnBsIds() {
    String token =
        ApiTokenIT.issue(
            ConsoleSession.signIn("gambia.admin@meridian.example.org"),
            "Isolation " + System.nanoTime(),
            "WRITE");
    String network = ApiTokenIT.issueNetwork("Isolation network " + System.nanoTime(), "READ");
    Browser api = new Browser(MeridianServer.server());
    String before = api.get("/api/v1/offices/senegal/content?lang=fr&size=100").body();
    Known target = senegal.get(0);
    Known other = senegal.get(1);
    String senegalMedia =
        api.get("/api/v1/offices/senegal/content?lang=fr&size=100&include=media").body();
    java.util.regex.Matcher mediaId =
        java.util.regex.Pattern.compile("/media/senegal/([0-9]+)/").matcher(senegalMedia);
    String item = "/api/v1/offices/gambia/items/" + target.id();
    List<String[]> calls = new ArrayList<>();
    calls.add(new String[] {"GET", item, null});
    calls.add(new String[] {"PUT", item, "{\"title\":\"Hijack\"}"});
    calls.add(new String[] {"PATCH", item, "{\"title\":\"Hijack\"}"});
    calls.add(new String[] {"DELETE", item, null});
    calls.add(new String[] {"POST", item + "/steps", "{\"step\":\"UNPUBLISH\"}"});
    calls.add(new String[] {"PUT", item + "/classification", "{\"themes\":[],\"tags\":[]}"});
    calls.add(new String[] {"GET", item + "/schedules", null});
    calls.add(
        new String[] {
          "POST", item + "/schedules", "{\"action\":\"UNPUBLISH\",\"at\":\"2030-01-01T09:00\"}"
        });
    calls.add(new String[] {"DELETE", item + "/schedules/1", null});
    calls.add(new String[] {"GET", item + "/translation", null});
    calls.add(new String[] {"PUT", item + "/translation", "{\"source\":" + other.id() + "}"});
    calls.add(new String[] {"DELETE", item + "/translation", null});
    calls.add(new String[] {"POST", "/api/v1/offices/gambia/trash/" + target.id() + "/restore", null});
    calls.add(new String[] {"GET", "/api/v1/offices/gambia/sharing/items/" + target.id(), null});
    if (mediaId.find()) {
      calls.add(new String[] {"GET", "/api/v1/offices/gambia/media/" + mediaId.group(1), null});
    }
    calls.add(new String[] {"GET", "/api/v1/offices/senegal/items/" + target.id(), null});
    calls.add(new String[] {"PATCH", "/api/v1/offices/senegal/items/" + target.id(), "{\"title\":\"Hijack\"}"});
    calls.add(new String[] {"POST", "/api/v1/offices/senegal/trash/" + target.id() + "/restore", null});
    for (String[] call : calls) {
      String type = call[0].equals("PATCH") ? "application/merge-patch+json" : "application/json";
      HttpResponse<String> answer =
          ApiSaves.send(
              call[0],
              call[1],
              token,
              call[2] == null ? null : type,
              call[2],
              Map.of("If-Match", "*"));
      assertThat(answer.statusCode()).as("%s %s: %s", call[0], call[1], answer.body()).isIn(403, 404);
      assertThat(answer.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      assertNothingOfSenegal(answer.body());
    }
    assertThat(api.get("/api/v1/offices/senegal/content?lang=fr&size=100").body())
        .as("B's live content is as it was")
        .isEqualTo(before);
    HttpResponse<String> schedules =
        api.get(
            "/api/v1/offices/senegal/items/" + target.id() + "/schedules",
            Map.of("Authorization", "Bearer " + network));
    assertThat(schedules.statusCode()).isEqualTo(200);
    assertThat(schedules.body()).doesNotContain("2030-01-01");
    HttpResponse<String> set =
        api.get(
            "/api/v1/offices/senegal/items/" + target.id() + "/translation",
            Map.of("Authorization", "Bearer " + network));
    assertThat(set.statusCode()).isEqualTo(200);
  }
}
