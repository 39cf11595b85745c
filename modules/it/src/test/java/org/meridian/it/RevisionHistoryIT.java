package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Revisions, conflicts and the trash end to end: the history screen, comparisons, restoring a
 * revision as a new draft, two editors saving the same item (over the API, which has the one
 * editing endpoint of this branch), and the trash, on items each test creates for itself in the
 * Gambia.
 */
@ExtendWith(MeridianServer.class)
class RevisionHistoryIT {

  private static final String ADMIN = "gambia.admin@meridian.example.org";
  private static final String EDITOR = "gambia.editor@meridian.example.org";
  private static final String ITEMS = "/api/v1/offices/gambia/items";
  private static final String HISTORY = "/admin/content/history.xhtml?item=";
  private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

  private static String first;
  private static String second;
  private static String firstName;
  private static String secondName;

  @BeforeAll
  static void twoClientsOfTheGambia() {
    ConsoleSession admin = ConsoleSession.signIn(ADMIN);
    firstName = unique("Desk one");
    secondName = unique("Desk two");
    first = ApiTokenIT.issue(admin, firstName, "WRITE");
    second = ApiTokenIT.issue(admin, secondName, "WRITE");
  }

  private static String unique(String prefix) {
    return prefix + "-" + Long.toString(UNIQUE.incrementAndGet(), 36);
  }

  private static Map<String, String> bearer(String token) {
    return Map.of("Authorization", "Bearer " + token);
  }

  private static JsonObject json(HttpResponse<String> response) {
    return (JsonObject) JsonBodies.parse(response.body());
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** Creates a news draft (revision 1) with the first token; returns its id. */
  private static long create(String slug, String title, String body) {
    HttpResponse<String> created =
        new Browser(MeridianServer.server())
            .postJson(
                ITEMS,
                bearer(first),
                "{\"type\":\"news\",\"language\":\"en\",\"slug\":"
                    + quoted(slug)
                    + ",\"title\":"
                    + quoted(title)
                    + ",\"summary\":\"Same summary\",\"body\":"
                    + quoted(body)
                    + "}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).getJsonNumber("id").longValue();
  }

  /** PUTs a new revision on top of {@code basedOn}. */
  private static HttpResponse<String> save(
      String token, long id, int basedOn, String title, String body) {
    return put(
        ITEMS + "/" + id,
        token,
        "{\"basedOnRevision\":"
            + basedOn
            + ",\"title\":"
            + quoted(title)
            + ",\"summary\":\"Same summary\",\"body\":"
            + quoted(body)
            + "}");
  }

  private static HttpResponse<String> put(String path, String token, String body) {
    return ApiSaves.put(path, token, body);
  }

  private static JsonObject item(long id) {
    HttpResponse<String> response =
        new Browser(MeridianServer.server()).get(ITEMS + "/" + id, bearer(first));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }

  private static List<String> rowTexts(Document history) {
    return history.select("tr.revision").eachText();
  }

  /** Presses a button of a revision's row (e.g. its restore button) on the history page. */
  private static Document pressInRow(
      ConsoleSession session, Document page, int revision, String buttonId) {
    Element row =
        page.select("tr.revision").stream()
            .filter(
                r -> r.selectFirst(".revision-number").text().equals(Integer.toString(revision)))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no row for revision " + revision));
    Element button = row.selectFirst("input[type=submit][id$=:" + buttonId + "]");
    assertThat(button).as("%s of revision %s", buttonId, revision).isNotNull();
    return session.submit(page, "revisions", Map.of(), button.attr("name"));
  }

  private static Document publish(ConsoleSession session, long id) {
    Document page = session.open(HISTORY + id);
    return session.submit(page, "revisions", Map.of(), "revisions:publish");
  }

  private static Document moveToTrash(ConsoleSession session, long id) {
    Document page = session.open(HISTORY + id);
    Document asked = session.submit(page, "trash", Map.of(), "trash:move-to-trash");
    assertThat(asked.getElementById("trash:confirm-trash").text())
        .contains("Move", "to the trash?");
    return session.submit(asked, "trash", Map.of(), "trash:confirm-trash-button");
  }

  @Test
  void theHistoryListsRevisionsNewestFirstAndComparesTwoInWords() {
    String slug = unique("history-wells");
    long id = create(slug, "Wells for Brikama", "<p>We dig <b>three</b> wells this year.</p>");
    assertThat(
            save(second, id, 1, "Wells for Brikama", "<p>We dig five wells this year.</p>")
                .statusCode())
        .isEqualTo(200);

    ConsoleSession editor = ConsoleSession.signIn(EDITOR);
    Document history = editor.open(HISTORY + id);

    assertThat(rowTexts(history)).hasSize(2);
    assertThat(rowTexts(history).get(0))
        .startsWith("2")
        .contains("api-token:" + secondName, "Latest");
    assertThat(rowTexts(history).get(1)).startsWith("1").contains("api-token:" + firstName);
    assertThat(history.getElementById("item-state").text()).isEqualTo("not live");
    assertThat(history.getElementById("edit").attr("href"))
        .isEqualTo("/admin/content/edit.xhtml?item=" + id);

    Document compared = editor.open(HISTORY + id + "&from=1&to=2");
    Element diff = compared.getElementById("diff");
    assertThat(diff.select("h4").eachText())
        .startsWith("Title: unchanged", "Summary: unchanged", "Body: changed")
        .filteredOn(label -> label.endsWith(": changed"))
        .containsExactly("Body: changed");
    assertThat(diff.select("del").eachText()).contains("[deleted: three]");
    assertThat(diff.select("ins").eachText()).contains("[inserted: five]");
    assertThat(diff.select(".diff-paragraph").text())
        .isEqualTo("We dig [deleted: three][inserted: five] wells this year.")
        .doesNotContain("<b>");

    Document unknownRevision = editor.open(HISTORY + id + "&from=1&to=9");
    assertThat(unknownRevision.getElementById("messages").text()).contains("no revision 9");
  }

  @Test
  void restoringMakesANewDraftAndLeavesTheLiveRevisionLive() {
    String slug = unique("history-restore");
    long id = create(slug, "Alpha title", "<p>Alpha text</p>");
    assertThat(save(first, id, 1, "Beta title", "<p>Beta text</p>").statusCode()).isEqualTo(200);
    ConsoleSession editor = ConsoleSession.signIn(EDITOR);
    Document published = publish(editor, id);
    assertThat(published.getElementById("item-state").text()).isEqualTo("revision 2 is live");

    Document asked = pressInRow(editor, editor.open(HISTORY + id), 1, "restore");
    assertThat(asked.getElementById("revisions:confirm-restore").text())
        .contains("Restore revision 1 as a new draft (revision 3)?");
    Document restored =
        editor.submit(asked, "revisions", Map.of(), "revisions:confirm-restore-button");

    assertThat(restored.getElementById("messages").text())
        .contains("Revision 1 restored as revision 3, a draft", "Revision 2 stays live");
    assertThat(rowTexts(restored).get(0))
        .startsWith("3")
        .contains(EDITOR, "restored from revision 1", "Latest (draft)");
    assertThat(restored.getElementById("item-state").text())
        .isEqualTo("revision 2 is live, a newer draft waits");
    assertThat(item(id).getString("title")).isEqualTo("Alpha title");
    assertThat(item(id).getInt("revision")).isEqualTo(3);

    Browser visitor = new Browser(MeridianServer.server());
    HttpResponse<String> site = visitor.get("/gambia/en/" + slug);
    assertThat(site.statusCode()).isEqualTo(200);
    assertThat(site.body()).contains("Beta title").doesNotContain("Alpha title");

    Document same = editor.open(HISTORY + id + "&from=1&to=3");
    assertThat(same.getElementById("diff-none").text()).contains("the same content");
  }

  @Test
  void twoEditorsSaveTheSameItemAndTheSecondIsToldWhatChangedAndLosesNothing() {
    long id = create(unique("history-conflict"), "Flood report", "<p>Rain fell for two days.</p>");
    int loaded = item(id).getInt("revision");

    HttpResponse<String> firstSave =
        save(first, id, loaded, "Flood report: update", "<p>Rain fell for three days.</p>");
    HttpResponse<String> secondSave =
        save(second, id, loaded, "Flood report (second desk)", "<p>My own paragraph.</p>");

    assertThat(firstSave.statusCode()).isEqualTo(200);
    assertThat(json(firstSave).getInt("revision")).isEqualTo(2);
    assertThat(secondSave.statusCode()).as(secondSave.body()).isEqualTo(409);
    JsonObject conflict = json(secondSave);
    assertThat(conflict.getString("message"))
        .contains("you started from revision 1", "latest is revision 2", "api-token:" + firstName)
        .contains("Title, Body")
        .doesNotContain("Exception");
    assertThat(conflict.getInt("basedOnRevision")).isEqualTo(1);
    assertThat(conflict.getInt("latestRevision")).isEqualTo(2);
    assertThat(conflict.getString("latestAuthor")).isEqualTo("api-token:" + firstName);
    JsonObject body =
        conflict.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
            .filter(f -> f.getString("field").equals("Body"))
            .findFirst()
            .orElseThrow();
    assertThat(body.getBoolean("changed")).isTrue();
    JsonArray segments = body.getJsonArray("paragraphs").getJsonArray(0);
    assertThat(segments.getValuesAs(JsonObject.class))
        .extracting(s -> s.getString("kind") + ":" + s.getString("text"))
        .containsExactly("SAME:Rain fell for ", "DELETED:two", "INSERTED:three", "SAME: days.");
    JsonObject yours = conflict.getJsonObject("yours");
    assertThat(yours.getString("title")).isEqualTo("Flood report (second desk)");
    assertThat(yours.getString("body")).isEqualTo("<p>My own paragraph.</p>");

    JsonObject now = item(id);
    assertThat(now.getInt("revision")).as("the second save wrote nothing").isEqualTo(2);
    assertThat(now.getString("title")).isEqualTo("Flood report: update");

    HttpResponse<String> again = save(second, id, 2, "Flood report (second desk)", "<p>Mine.</p>");
    assertThat(again.statusCode()).as("saving on top of the latest passes").isEqualTo(200);
    assertThat(json(again).getInt("revision")).isEqualTo(3);
  }

  @Test
  void simultaneousSavesOfOneItemAreOneSuccessAndConflictsNeverAServerError() throws Exception {
    long id = create(unique("history-race"), "Race", "<p>Start</p>");
    int writers = 6;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        String title = "Race " + i;
        String token = i % 2 == 0 ? first : second;
        Callable<HttpResponse<String>> call =
            () -> save(token, id, 1, title, "<p>" + title + "</p>");
        answers.add(pool.submit(call));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<HttpResponse<String>> answer : answers) {
        HttpResponse<String> response = answer.get();
        statuses.add(response.statusCode());
        assertThat(response.body()).doesNotContain("Exception");
      }
      assertThat(statuses).containsOnly(200, 409);
      assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(item(id).getInt("revision")).isEqualTo(2);
  }

  @Test
  void aSaveMustSayWhichRevisionItStartedFrom() {
    long id = create(unique("history-base"), "Base", "");

    HttpResponse<String> missing =
        put(ITEMS + "/" + id, first, "{\"title\":\"No base\",\"body\":\"\"}");
    HttpResponse<String> unknown = save(first, id, 7, "Too new", "");

    // No base at all: 428 Precondition Required (issue 18), naming both ways to give one.
    assertThat(missing.statusCode()).as(missing.body()).isEqualTo(428);
    assertThat(json(missing).getString("detail")).contains("If-Match").contains("basedOnRevision");
    assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(422);
    assertThat(json(unknown).getString("field")).isEqualTo("basedOnRevision");
    assertThat(json(unknown).getString("message")).contains("no revision 7");
    assertThat(item(id).getInt("revision")).isEqualTo(1);
  }

  @Test
  void theTrashTakesAnItemOffEverythingAndOnlyAnOfficeAdministratorRestoresIt() {
    String slug = unique("history-trash");
    String address = "/gambia/en/" + slug;
    long id = create(slug, "Trash me", "<p>Soon gone</p>");
    ConsoleSession editor = ConsoleSession.signIn(EDITOR);
    publish(editor, id);
    Browser visitor = new Browser(MeridianServer.server());
    assertThat(visitor.get(address).statusCode()).isEqualTo(200);
    assertThat(visitor.get("/gambia/sitemap.xml").body()).contains(address);
    assertThat(visitor.get("/api/v1/offices/gambia/content?lang=en&limit=100").body())
        .contains(slug);

    Document trashed = moveToTrash(editor, id);

    assertThat(trashed.getElementById("messages").text()).contains("is in the trash");
    // Published once, now in the trash: gone (410).
    assertThat(visitor.get(address).statusCode()).isEqualTo(410);
    assertThat(visitor.get("/gambia/sitemap.xml").body()).doesNotContain(address);
    assertThat(visitor.get("/gambia/en/news").body()).doesNotContain("Trash me");
    assertThat(visitor.get("/api/v1/offices/gambia/content?lang=en&limit=100").body())
        .doesNotContain(slug);
    assertThat(visitor.get(ITEMS + "/" + id, bearer(first)).statusCode()).isEqualTo(404);
    assertThat(visitor.get(ITEMS + "?limit=500", bearer(first)).body()).doesNotContain(slug);
    assertThat(save(first, id, 1, "Edit in trash", "").statusCode()).isEqualTo(404);
    assertThat(editor.open("/admin/index.xhtml").select("a.history-link").eachAttr("href"))
        .doesNotContain("/admin/content/history.xhtml?item=" + id);
    assertThat(editor.open(HISTORY + id).getElementById("messages").text())
        .contains("There is no item " + id);

    HttpResponse<String> sameSlug =
        visitor.postJson(
            ITEMS,
            bearer(first),
            "{\"type\":\"news\",\"language\":\"en\",\"slug\":"
                + quoted(slug)
                + ",\"title\":\"Taker\"}");
    assertThat(sameSlug.statusCode()).as("the slug stays reserved").isEqualTo(409);
    assertThat(json(sameSlug).getString("message")).contains("in the trash");

    Document editorsTrash = editor.open("/admin/trash.xhtml");
    assertThat(editorsTrash.getElementById("not-allowed")).isNotNull();
    assertThat(editorsTrash.getElementById("trash")).as("no list, no buttons").isNull();
    assertThat(editor.open("/admin/index.xhtml").getElementById("nav-trash")).isNull();

    ConsoleSession admin = ConsoleSession.signIn(ADMIN);
    Document adminsTrash = admin.open("/admin/trash.xhtml");
    assertThat(admin.open("/admin/index.xhtml").getElementById("nav-trash")).isNotNull();
    Element row = trashRow(adminsTrash, slug);
    assertThat(row.text()).contains("Trash me", "by " + EDITOR);
    Document restored =
        admin.submit(
            adminsTrash, "trash", Map.of(), row.selectFirst("input[id$=:restore]").attr("name"));
    assertThat(restored.getElementById("messages").text()).contains("back in the content list");
    assertThat(restored.text()).doesNotContain("en/" + slug);
    JsonObject back = item(id);
    assertThat(back.getBoolean("live")).as("restored as an offline draft").isFalse();
    assertThat(visitor.get(address).statusCode()).isEqualTo(410);

    moveToTrash(editor, id);
    Document trashAgain = admin.open("/admin/trash.xhtml");
    Document asked =
        admin.submit(
            trashAgain,
            "trash",
            Map.of(),
            trashRow(trashAgain, slug).selectFirst("input[id$=:purge]").attr("name"));
    assertThat(asked.getElementById("trash:confirm-purge").text()).contains("for good?");
    Document purged = admin.submit(asked, "trash", Map.of(), "trash:confirm-purge-button");
    assertThat(purged.getElementById("messages").text()).contains("deleted for good");
    assertThat(purged.text()).doesNotContain("en/" + slug);
    assertThat(visitor.get(ITEMS + "/" + id, bearer(first)).statusCode()).isEqualTo(404);
    assertThat(create(slug, "Taker", "")).as("the slug is free again").isNotEqualTo(id);

    for (String action :
        List.of("content.trashed", "content.restored-from-trash", "content.purged")) {
      assertThat(admin.open("/admin/audit.xhtml?action=" + action).select("table#entries tbody tr"))
          .as("audit entries of %s", action)
          .anySatisfy(
              entry -> assertThat(entry.text()).contains(action, "item " + id + " en/" + slug));
    }
  }

  /**
   * What points at an item follows it: moving it to the trash cancels its pending schedule, and
   * deleting it for good takes its themes, schedules and old addresses along instead of failing on
   * them.
   */
  @Test
  void anItemWithThemesAndASchedulePassesThroughTheTrashAndIsDeletedForGood() {
    String slug = unique("carried");
    long id = create(slug, "Carried along", "<p>Text</p>");
    assertThat(
            put(
                    ITEMS + "/" + id + "/classification",
                    first,
                    "{\"themes\":[\"migration\"],\"tags\":[]}")
                .statusCode())
        .isEqualTo(200);
    ConsoleSession editor = ConsoleSession.signIn(EDITOR);
    ScheduledDrafts.schedule(
        editor, id, "PUBLISH", ScheduledDrafts.gambiaNow().plusDays(3).withSecond(0));

    moveToTrash(editor, id);
    ConsoleSession admin = ConsoleSession.signIn(ADMIN);
    assertThat(admin.open("/admin/content/schedule.xhtml?item=" + id).getElementById("not-found"))
        .as("an item in the trash is not there to schedule")
        .isNotNull();

    Document trash = admin.open("/admin/trash.xhtml");
    Document asked =
        admin.submit(
            trash,
            "trash",
            Map.of(),
            trashRow(trash, slug).selectFirst("input[id$=:purge]").attr("name"));
    Document purged = admin.submit(asked, "trash", Map.of(), "trash:confirm-purge-button");

    assertThat(purged.getElementById("messages").text()).contains("deleted for good");
    assertThat(purged.text()).doesNotContain("en/" + slug);
    assertThat(
            new Browser(MeridianServer.server()).get(ITEMS + "/" + id, bearer(first)).statusCode())
        .isEqualTo(404);
  }

  private static Element trashRow(Document trash, String slug) {
    return trash.select("tr.trashed").stream()
        .filter(r -> r.text().contains("en/" + slug))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + slug + " in the trash:\n" + trash.text()));
  }

  @Test
  void anotherOfficesItemsAreNotFound() {
    ConsoleSession senegal = ConsoleSession.signIn("senegal.editor@meridian.example.org");
    String senegalHistory =
        senegal.open("/admin/index.xhtml").select("a.history-link").first().attr("href");
    long senegalId = Long.parseLong(senegalHistory.substring(senegalHistory.indexOf('=') + 1));
    assertThat(senegal.open(HISTORY + senegalId).select("tr.revision")).isNotEmpty();

    ConsoleSession gambia = ConsoleSession.signIn(ADMIN);
    Document refused = gambia.open(HISTORY + senegalId + "&from=1&to=2");
    assertThat(refused.getElementById("messages").text())
        .contains("There is no item " + senegalId + " in this office");
    assertThat(refused.select("tr.revision")).isEmpty();
    assertThat(refused.getElementById("diff")).isNull();
    assertThat(refused.getElementById("trash")).as("no trash button").isNull();

    HttpResponse<String> overwrite = save(first, senegalId, 1, "Hijack", "");
    assertThat(overwrite.statusCode()).isEqualTo(404);
    assertThat(json(overwrite).getString("message")).contains("does not exist in this office");
  }
}
