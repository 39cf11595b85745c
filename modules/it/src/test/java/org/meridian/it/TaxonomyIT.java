package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Themes (HQ's vocabulary) and tags (each office's), their assignment to items, the public pages
 * that list what carries them and the API's filters, against the demo network.
 */
@ExtendWith(MeridianServer.class)
class TaxonomyIT {

  private static final String HQ_ADMIN = "hq.admin@meridian.example.org";
  private static final String GAMBIA_ADMIN = "gambia.admin@meridian.example.org";
  private static final String GAMBIA_EDITOR = "gambia.editor@meridian.example.org";
  private static final String SENEGAL_EDITOR = "senegal.editor@meridian.example.org";
  private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

  private Browser visitor;

  @BeforeEach
  void newVisitor() {
    visitor = new Browser(MeridianServer.server());
  }

  private static String unique(String prefix) {
    return prefix + Long.toString(UNIQUE.incrementAndGet(), 36).replaceAll("[^a-z]", "");
  }

  private Document page(String path, int status) {
    HttpResponse<String> response = visitor.get(path);
    assertThat(response.statusCode()).as("status of %s", path).isEqualTo(status);
    return Jsoup.parse(response.body());
  }

  private static List<String> listed(Document page) {
    return page.select("main ul.news li .card-title a").eachAttr("href");
  }

  /** The row of the table {@code tableId} whose {@code cellClass} cell says {@code text}. */
  private static Element row(Document page, String tableId, String cellClass, String text) {
    return page.getElementById(tableId).select("tbody tr").stream()
        .filter(tr -> tr.select("." + cellClass).text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row '" + text + "' in " + tableId));
  }

  // --- Themes: HQ's vocabulary ---

  @Test
  void anHqAdministratorAddsAThemeAndNamesItInAnotherLanguage() {
    ConsoleSession hq = ConsoleSession.signIn(HQ_ADMIN);
    String code = unique("water");
    Document added =
        hq.submit(
            hq.open("/admin/themes.xhtml"),
            "add",
            Map.of(
                "add:code",
                code,
                "add:language",
                "en",
                "add:name",
                "Water " + code,
                "add:slug",
                ""),
            "add:add-button");
    assertThat(added.select(".notice").text()).contains("Theme '" + code + "' added");
    Element row = row(added, "themes:list", "theme-code", code);
    String rename = row.selectFirst("input[value=Rename…]").attr("name");

    Document editing = hq.submit(added, "themes", Map.of(), rename);
    Document renamed =
        hq.submit(
            editing,
            "themes",
            Map.of(
                "themes:edit-language", "fr",
                "themes:edit-name", "Eau " + code,
                "themes:edit-slug", ""),
            "themes:save-name");
    assertThat(row(renamed, "themes:list", "theme-code", code).select(".theme-names").text())
        .isEqualTo("en: Water " + code + " · fr: Eau " + code);

    // Each language has its address; a language without a name falls back to English.
    assertThat(page("/senegal/fr/themes/eau-" + code, 200).selectFirst("h1").text())
        .isEqualTo("Thème : Eau " + code);
    assertThat(page("/gambia/en/themes/water-" + code, 200).selectFirst("h1").text())
        .isEqualTo("Theme: Water " + code);
    JsonArray spanish = (JsonArray) JsonBodies.parse(visitor.get("/api/v1/themes?lang=es").body());
    assertThat(
            spanish.getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("code").equals(code))
                .map(t -> t.getString("name")))
        .containsExactly("Water " + code);
  }

  @Test
  void aThemeCodeCannotBeTakenTwiceNorChangedOnceContentUsesIt() {
    ConsoleSession hq = ConsoleSession.signIn(HQ_ADMIN);
    Document refused =
        hq.submit(
            hq.open("/admin/themes.xhtml"),
            "add",
            Map.of("add:code", "migration", "add:language", "en", "add:name", "Again"),
            "add:add-button");
    assertThat(refused.select(".error").text())
        .contains("A theme with the code 'migration' exists already");

    Document themes = hq.open("/admin/themes.xhtml");
    String rename =
        row(themes, "themes:list", "theme-code", "migration")
            .selectFirst("input[value=Rename…]")
            .attr("name");
    Document editing = hq.submit(themes, "themes", Map.of(), rename);
    assertThat(editing.getElementById("themes:new-code")).as("no code field once used").isNull();
    assertThat(editing.getElementById("themes:edit").text()).contains("The code is fixed");
  }

  @Test
  void officeAdministratorsCannotManageThemes() {
    ConsoleSession gambia = ConsoleSession.signIn(GAMBIA_ADMIN);
    Document page = gambia.open("/admin/themes.xhtml");
    assertThat(page.getElementById("not-allowed")).isNotNull();
    assertThat(page.getElementById("add")).isNull();
    assertThat(page.select("#nav-themes")).isEmpty();

    // A forged submission of HQ's form changes nothing.
    String code = unique("forged");
    Element viewState = page.selectFirst("input[name=jakarta.faces.ViewState]");
    ConsoleSessionForms.post(
        gambia,
        "/admin/themes.xhtml",
        List.of(
            Map.entry("add", "add"),
            Map.entry("add:code", code),
            Map.entry("add:language", "en"),
            Map.entry("add:name", "Forged"),
            Map.entry("add:add-button", "Add theme"),
            Map.entry("jakarta.faces.ViewState", viewState == null ? "" : viewState.val())));
    assertThat(visitor.get("/api/v1/themes").body()).doesNotContain(code);
  }

  // --- Tags: each office's own ---

  @Test
  void tagsBelongToTheOfficeThatMadeThem() {
    ConsoleSession gambia = ConsoleSession.signIn(GAMBIA_EDITOR);
    String name = "Kololi " + unique("t");
    Document added =
        gambia.submit(
            gambia.open("/admin/tags.xhtml"),
            "add",
            Map.of("add:name", name, "add:slug", ""),
            "add:add-button");
    assertThat(added.select(".notice").text()).contains("Tag '" + name + "' added");
    assertThat(row(added, "tags:list", "tag-name", name).select(".tag-items").text())
        .isEqualTo("0");
    assertThat(added.select("#tags\\:list .tag-name").eachText()).contains("Banjul");

    Document senegal = ConsoleSession.signIn(SENEGAL_EDITOR).open("/admin/tags.xhtml");
    assertThat(senegal.select("#tags\\:list .tag-name").eachText())
        .contains("Thiès")
        .doesNotContain(name, "Banjul");
  }

  @Test
  void aTakenTagAddressIsRefusedWithAMessage() {
    ConsoleSession gambia = ConsoleSession.signIn(GAMBIA_EDITOR);
    Document refused =
        gambia.submit(
            gambia.open("/admin/tags.xhtml"),
            "add",
            Map.of("add:name", "banjul"),
            "add:add-button");
    assertThat(refused.select(".error").text())
        .contains("The tag 'Banjul' already has the address 'banjul'");
  }

  @Test
  void anotherOfficesTagIdsAreRefusedAndNothingChanges() throws Exception {
    long thies = senegalTagId("Thiès");
    long gambiaItem = gambiaItemId("dialogue-on-regular-pathways");
    String token = ApiTokenIT.issue(ConsoleSession.signIn(GAMBIA_ADMIN), unique("tagger"), "WRITE");

    HttpResponse<String> refused =
        put(
            "/api/v1/offices/gambia/items/" + gambiaItem + "/classification",
            token,
            "{\"themes\":[\"migration\"],\"tags\":[" + thies + "]}");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("No tag with the id " + thies + " in this office");
    assertThat(refused.body()).contains("\"code\":\"taxonomy.no_tag_0\"");

    HttpResponse<String> unknownTheme =
        put(
            "/api/v1/offices/gambia/items/" + gambiaItem + "/classification",
            token,
            "{\"themes\":[\"no-such-theme\"],\"tags\":[]}");
    assertThat(unknownTheme.statusCode()).isEqualTo(400);
    assertThat(unknownTheme.body()).contains("Unknown theme code: no-such-theme");
    assertThat(unknownTheme.body()).contains("\"code\":\"taxonomy.unknown_theme_code_0\"");

    // Nothing was half-written: the item keeps what it had.
    JsonObject item =
        (JsonObject)
            JsonBodies.parse(
                visitor
                    .get(
                        "/api/v1/offices/gambia/items/" + gambiaItem,
                        Map.of("Authorization", "Bearer " + token))
                    .body());
    assertThat(strings(item.getJsonArray("themes"))).containsExactly("migration", "protection");
    assertThat(strings(item.getJsonArray("tags"))).containsExactly("Banjul", "Regular pathways");

    // Nor can the other office's console offer or take the tag.
    ConsoleSession senegal = ConsoleSession.signIn(SENEGAL_EDITOR);
    assertThat(senegal.open("/admin/content/classify.xhtml?item=" + gambiaItem).text())
        .contains("There is no item '" + gambiaItem + "' in this office to classify.");
  }

  @Test
  void theApiSetsAnItemsThemesAndTags() throws Exception {
    long about = gambiaItemId("about-us");
    String token = ApiTokenIT.issue(ConsoleSession.signIn(GAMBIA_ADMIN), unique("tagger"), "WRITE");
    long banjul = gambiaTagId("Banjul");
    page("/gambia/en/tags/banjul", 200); // cached before the change

    HttpResponse<String> saved =
        put(
            "/api/v1/offices/gambia/items/" + about + "/classification",
            token,
            "{\"themes\":[\"migration\",\"health\"],\"tags\":[" + banjul + "]}");
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    JsonObject item = (JsonObject) JsonBodies.parse(saved.body());
    assertThat(strings(item.getJsonArray("themes"))).containsExactly("health", "migration");

    // The public pages follow at once: the cached tag page was dropped.
    assertThat(listed(page("/gambia/en/tags/banjul", 200))).contains("/gambia/en/about-us");
    assertThat(listed(page("/gambia/en/themes/health", 200)))
        .containsExactly("/gambia/en/about-us");

    put(
        "/api/v1/offices/gambia/items/" + about + "/classification",
        token,
        "{\"themes\":[\"migration\"]}");
    assertThat(listed(page("/gambia/en/tags/banjul", 200))).doesNotContain("/gambia/en/about-us");
  }

  // --- Public pages ---

  @Test
  void aThemePageListsOnlyLiveItemsOfThatOfficeAndLanguage() {
    assertThat(listed(page("/gambia/en/themes/migration", 200)))
        .contains("/gambia/en/youth-skills-centre-opens", "/gambia/en/dialogue-on-regular-pathways")
        .noneMatch(href -> href.startsWith("/senegal/"));
    // The draft coastal study carries the theme but is not live.
    Document climate = page("/gambia/en/themes/climate-and-environment", 200);
    assertThat(listed(climate)).doesNotContain("/gambia/en/coastal-resilience-study");
    assertThat(climate.selectFirst("h1").text()).isEqualTo("Theme: Climate and environment");

    assertThat(listed(page("/senegal/en/themes/migration", 200)))
        .containsExactly("/senegal/en/about-us");
    Document french = page("/senegal/fr/themes/migration", 200);
    assertThat(listed(french)).containsExactly("/senegal/fr/a-propos");
    assertThat(french.selectFirst("h1").text()).isEqualTo("Thème : Migration");

    Document themes = page("/senegal/fr/themes", 200);
    assertThat(themes.selectFirst("h1").text()).isEqualTo("Thèmes");
    assertThat(themes.select("ul.themes a").eachText())
        .contains("Jeunesse et compétences", "Migration")
        .doesNotContain("Données et recherche");
  }

  @Test
  void longListsArePaginatedTwentyAPage() {
    Document first = page("/gambia/en/themes/data-and-research", 200);
    assertThat(listed(first)).hasSize(20);
    assertThat(first.selectFirst("link[rel=next]").attr("href"))
        .endsWith("/gambia/en/themes/data-and-research?page=2");
    assertThat(first.select("link[rel=prev]")).isEmpty();
    assertThat(first.selectFirst("nav.pager a[rel=next]").attr("href"))
        .isEqualTo("/gambia/en/themes/data-and-research?page=2");

    Document second = page("/gambia/en/themes/data-and-research?page=2", 200);
    assertThat(listed(second)).hasSize(4).doesNotContainAnyElementsOf(listed(first));
    assertThat(second.selectFirst("link[rel=prev]").attr("href"))
        .endsWith("/gambia/en/themes/data-and-research");
    assertThat(second.selectFirst("link[rel=canonical]").attr("href"))
        .endsWith("/gambia/en/themes/data-and-research?page=2");
    assertThat(second.select("link[rel=next]")).isEmpty();

    page("/gambia/en/themes/data-and-research?page=3", 404);
    page("/gambia/en/themes/data-and-research?page=0", 404);
    page("/gambia/en/themes/data-and-research?page=two", 404);
    page("/gambia/en/themes/data-and-research?page=99999999999999", 404);
    page("/gambia/en/themes/no-such-theme", 404);
    page("/gambia/en/tags/no-such-tag", 404);
    // Another office's tag does not exist here.
    page("/gambia/en/tags/thies", 404);
  }

  @Test
  void anItemPageLinksToItsThemesAndTags() {
    Document item = page("/gambia/en/youth-skills-centre-opens", 200);
    assertThat(item.select("article nav.terms a").eachAttr("href"))
        .containsExactlyInAnyOrder(
            "/gambia/en/themes/youth-and-skills",
            "/gambia/en/themes/migration",
            "/gambia/en/tags/brikama",
            "/gambia/en/tags/skills-training");
    Document tag = page("/gambia/en/tags/brikama", 200);
    assertThat(tag.selectFirst("h1").text()).isEqualTo("Tag: Brikama");
    assertThat(listed(tag)).containsExactly("/gambia/en/youth-skills-centre-opens");
  }

  @Test
  void theSitemapNamesThemePagesWithContent() {
    String sitemap = visitor.get("/gambia/sitemap.xml").body();
    assertThat(sitemap)
        .contains("/gambia/en/themes</loc>", "/gambia/en/themes/data-and-research</loc>")
        .doesNotContain("/gambia/en/themes/emergencies</loc>");
  }

  // --- API filters ---

  @Test
  void theDeliveryApiFiltersByThemeAndTagAndNamesThem() {
    JsonObject data =
        (JsonObject)
            JsonBodies.parse(
                visitor.get("/api/v1/offices/gambia/content?theme=data&limit=100").body());
    List<JsonObject> items = data.getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(items).hasSize(24);
    assertThat(items).allMatch(i -> strings(i.getJsonArray("themes")).contains("data"));

    JsonObject banjul =
        (JsonObject)
            JsonBodies.parse(visitor.get("/api/v1/offices/gambia/content?tag=banjul").body());
    assertThat(
            banjul.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("slug")))
        .contains("dialogue-on-regular-pathways")
        .doesNotContain("coastal-resilience-study");

    HttpResponse<String> unknown = visitor.get("/api/v1/offices/gambia/content?theme=nope");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("Unknown theme code: nope");
    HttpResponse<String> foreign = visitor.get("/api/v1/offices/gambia/content?tag=thies");
    assertThat(foreign.statusCode()).isEqualTo(400);
    assertThat(foreign.body()).contains("No tag 'thies' in this office");
  }

  @Test
  void theManagementApiFiltersDraftsToo() {
    String token = ApiTokenIT.issue(ConsoleSession.signIn(GAMBIA_ADMIN), unique("reader"), "READ");
    JsonObject climate =
        (JsonObject)
            JsonBodies.parse(
                visitor
                    .get(
                        "/api/v1/offices/gambia/items?theme=climate",
                        Map.of("Authorization", "Bearer " + token))
                    .body());
    List<JsonObject> items = climate.getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(items.stream().map(i -> i.getString("slug")))
        .containsExactly("coastal-resilience-study");
    assertThat(strings(items.get(0).getJsonArray("tags"))).containsExactly("Banjul");
  }

  @Test
  void themesAndTagsAreReservedAddresses() {
    String token = ApiTokenIT.issue(ConsoleSession.signIn(GAMBIA_ADMIN), unique("writer"), "WRITE");
    HttpResponse<String> refused =
        visitor.postJson(
            "/api/v1/offices/gambia/items",
            Map.of("Authorization", "Bearer " + token),
            "{\"type\":\"page\",\"language\":\"en\",\"slug\":\"themes\",\"title\":\"Themes\"}");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("reserved");
  }

  // --- Console: classifying an item, deleting a tag ---

  @Test
  void anEditorClassifiesAnItemAndThePublicSiteShowsItAtOnce() {
    ConsoleSession editor = ConsoleSession.signIn(GAMBIA_EDITOR);
    long item = gambiaItemId("take-action");
    String newTag = "Volunteering " + unique("v");
    String newSlug = newTag.toLowerCase().replace(' ', '-');
    page("/gambia/en/themes/emergencies", 200); // cached while empty

    Document form = editor.open("/admin/content/classify.xhtml?item=" + item);
    assertThat(form.getElementById("edit-item").attr("href"))
        .isEqualTo("/admin/content/edit.xhtml?item=" + item);
    Document saved =
        ConsoleSessionForms.submitMany(
            editor,
            form,
            "classify",
            List.of(
                Map.entry("classify:themes", "emergencies"),
                Map.entry("classify:themes", "youth"),
                Map.entry("classify:new-tags", newTag)),
            "classify:save");
    assertThat(saved.select(".notice").text()).contains("Saved: 2 theme(s) and 1 tag(s)");
    assertThat(saved.select("input[name=classify:themes][checked]").eachAttr("value"))
        .containsExactlyInAnyOrder("emergencies", "youth");

    assertThat(listed(page("/gambia/en/themes/emergencies", 200)))
        .containsExactly("/gambia/en/take-action");
    assertThat(page("/gambia/en/take-action", 200).select("nav.terms a").eachAttr("href"))
        .contains("/gambia/en/tags/" + newSlug);

    // Deleting the tag asks first, says how many items carry it, then takes it off them.
    Document tags = editor.open("/admin/tags.xhtml");
    String delete =
        row(tags, "tags:list", "tag-name", newTag).selectFirst("input[value=Delete…]").attr("name");
    Document asked = editor.submit(tags, "tags", Map.of(), delete);
    assertThat(asked.getElementById("tags:confirm-delete").text())
        .contains("1 item(s) carry it and will lose it");
    assertThat(page("/gambia/en/tags/" + newSlug, 200).select("h1").text()).contains(newTag);
    Document deleted = editor.submit(asked, "tags", Map.of(), "tags:confirm");
    assertThat(deleted.select(".notice").text()).contains("1 item(s) no longer carry it");
    page("/gambia/en/tags/" + newSlug, 404);
    assertThat(page("/gambia/en/take-action", 200).select("nav.terms a").eachAttr("href"))
        .doesNotContain("/gambia/en/tags/" + newSlug);

    // Put the page back as the demo has it.
    ConsoleSessionForms.submitMany(
        editor,
        editor.open("/admin/content/classify.xhtml?item=" + item),
        "classify",
        List.of(),
        "classify:save");
  }

  @Test
  void aClassificationWithAnUnknownThemeIsRefusedInTheConsole() {
    ConsoleSession editor = ConsoleSession.signIn(GAMBIA_EDITOR);
    long item = gambiaItemId("youth-skills-centre-opens");
    Document refused =
        ConsoleSessionForms.submitMany(
            editor,
            editor.open("/admin/content/classify.xhtml?item=" + item),
            "classify",
            List.of(
                Map.entry("classify:themes", "youth"), Map.entry("classify:themes", "invented")),
            "classify:save");
    assertThat(refused.select(".error, .field-error").text()).isNotBlank();
    assertThat(page("/gambia/en/youth-skills-centre-opens", 200).select("nav.terms a").eachText())
        .contains("Migration", "Brikama");
  }

  // --- helpers ---

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }

  /** The id of a live English item of the Gambia, from the delivery API. */
  private static long gambiaItemId(String slug) {
    JsonObject live =
        (JsonObject)
            JsonBodies.parse(
                new Browser(MeridianServer.server())
                    .get("/api/v1/offices/gambia/content?lang=en&limit=100")
                    .body());
    return live.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(i -> i.getString("slug").equals(slug))
        .mapToLong(i -> i.getJsonNumber("id").longValue())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no live item " + slug));
  }

  /**
   * The id of the item whose public link the content list shows as {@code href} (on its first page:
   * for offices with few items).
   */
  private static long itemId(ConsoleSession session, String href) {
    Document list = session.open("/admin/index.xhtml");
    Element row =
        list.select("tr").stream()
            .filter(tr -> tr.select("a[href=" + href + "]").size() > 0)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no item " + href));
    String classify = row.selectFirst("a.classify").attr("href");
    return Long.parseLong(classify.substring(classify.indexOf("item=") + 5));
  }

  private static long senegalTagId(String name) {
    ConsoleSession senegal = ConsoleSession.signIn(SENEGAL_EDITOR);
    return tagId(senegal, itemId(senegal, "/senegal/fr/forum-jeunesse-thies"), name);
  }

  private static long gambiaTagId(String name) {
    return tagId(
        ConsoleSession.signIn(GAMBIA_EDITOR), gambiaItemId("youth-skills-centre-opens"), name);
  }

  private static long tagId(ConsoleSession session, long item, String name) {
    Document form = session.open("/admin/content/classify.xhtml?item=" + item);
    return form.select("select[name=classify:tags] option").stream()
        .filter(o -> o.text().equals(name))
        .map(o -> Long.parseLong(o.attr("value")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no tag " + name));
  }

  private static HttpResponse<String> put(String path, String token, String json) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(MeridianServer.server().uri(path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Faces forms with fields that repeat (checkboxes, multiple choices), which maps cannot hold. */
  static final class ConsoleSessionForms {

    private ConsoleSessionForms() {}

    /**
     * Submits {@code formId} with its hidden fields and text inputs as rendered, the repeatable
     * fields given in {@code values} replacing whatever the page had checked or selected.
     */
    static Document submitMany(
        ConsoleSession session,
        Document page,
        String formId,
        List<Map.Entry<String, String>> values,
        String button) {
      Element form = page.getElementById(formId);
      assertThat(form).as("form %s", formId).isNotNull();
      List<Map.Entry<String, String>> fields = new ArrayList<>();
      List<String> given = values.stream().map(Map.Entry::getKey).toList();
      for (Element input : form.select("input[name]")) {
        String type = input.attr("type");
        if (type.equals("submit")
            || type.equals("checkbox")
            || given.contains(input.attr("name"))) {
          continue;
        }
        fields.add(Map.entry(input.attr("name"), input.attr("value")));
      }
      fields.addAll(values);
      fields.add(Map.entry(button, form.selectFirst("[name=\"" + button + "\"]").attr("value")));
      HttpResponse<String> response = post(session, form.attr("action"), fields);
      assertThat(response.statusCode()).as("status after pressing %s", button).isEqualTo(200);
      return Jsoup.parse(response.body());
    }

    static HttpResponse<String> post(
        ConsoleSession session, String path, List<Map.Entry<String, String>> fields) {
      String body =
          fields.stream()
              .map(
                  e ->
                      URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                          + "="
                          + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
              .collect(Collectors.joining("&"));
      return session.post(path, "application/x-www-form-urlencoded", body);
    }
  }
}
