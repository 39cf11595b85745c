package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The accessibility and quality gate (issue 17, docs/workflow.md): The Gambia's administrator
 * chooses warn or block on the settings page; the editor shows the findings under the body; in
 * warn mode submit and publish go through (the API lists the findings), in block mode the console
 * refuses with them and the API answers 422 listing them, and nothing changes.
 */
class QualityGateIT {

  private static final String GAMBIA_ADMIN = "gambia.admin@meridian.example.org";
  private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime() % 1_000_000);

  /** A body with two findings: a vague link and a skipped heading level. */
  private static final String FLAWED =
      "<p>The report is out: <a href=\"https://example.org/report\">click here</a>.</p>"
          + "<h3>Skipped a level</h3><p>More.</p>";

  private static final String CLEAN =
      "<p>Read <a href=\"https://example.org/report\">the 2026 annual report</a>.</p>"
          + "<h2>What it says</h2><p>More.</p>";

  private static Document create(ConsolePerson person, String title, String body) {
    Map<String, String> values = new HashMap<>();
    values.put("edit:title", title);
    values.put("edit:field-kind", "news");
    values.put("edit:body_input", body);
    Document created =
        person.press(
            person.open("/admin/content/edit.xhtml?type=NEWS&lang=en"), "edit", "edit:save", values);
    assertThat(created.select(".notice").text()).as(created.text()).contains("created as a draft");
    return created;
  }

  private static long itemId(Document editor) {
    String href = editor.getElementById("tab-edit").attr("href");
    return Long.parseLong(href.substring(href.indexOf("item=") + 5));
  }

  private static void setMode(ConsolePerson admin, String mode) {
    Document settings = admin.open("/admin/settings.xhtml");
    assertThat(settings.getElementById("quality")).as("the gate's form").isNotNull();
    Document saved =
        admin.press(settings, "quality", "quality:save-quality", Map.of("quality:mode", mode));
    assertThat(saved.select(".notice").text())
        .contains(mode.equals("BLOCK") ? "now blocks" : "now warns");
  }

  @Test
  void theConsoleWarnsByDefaultAndRefusesWithTheFindingsInBlockMode() {
    ConsolePerson admin = new ConsolePerson(GAMBIA_ADMIN);
    Document settings = admin.open("/admin/settings.xhtml");
    assertThat(settings.select("input[name=quality:mode][checked]").attr("value"))
        .as("warn until the office chooses")
        .isEqualTo("WARN");

    Document warned = create(admin, "Gate warns " + UNIQUE.incrementAndGet(), FLAWED);
    var checks = warned.getElementById("edit:checks");
    assertThat(checks).as("the findings under the body").isNotNull();
    assertThat(checks.select("li.finding").eachAttr("data-rule"))
        .containsExactly("vague_link_text", "heading_skipped");
    assertThat(checks.select("li.finding").eachAttr("data-tag"))
        .as("each finding names the element it concerns, for its Show button")
        .containsExactly("a", "h3");
    assertThat(checks.select("li.finding").eachAttr("data-nth")).containsExactly("0", "0");
    assertThat(checks.select("li.finding button[data-show-finding]")).hasSize(2);
    assertThat(checks.text())
        .contains("2 to fix")
        .contains("do not stop submitting or publishing")
        .contains("A link's words do not say where it leads: click here")
        .contains("the report's title instead of \"click here\"")
        .contains("A heading of level 3 follows one of level 1");
    Document published = admin.press(warned, "publishing", "publishing:publish", Map.of());
    assertThat(published.select(".notice").text()).contains("The latest saved revision is live.");
    assertThat(published.getElementById("editorial-state").text()).isEqualTo("Published");

    setMode(admin, "BLOCK");
    try {
      Document blocked = create(admin, "Gate blocks " + UNIQUE.incrementAndGet(), FLAWED);
      long item = itemId(blocked);
      assertThat(blocked.getElementById("edit:checks").text())
          .contains("refuses submitting and publishing until they are fixed");
      Document refused = admin.press(blocked, "publishing", "publishing:publish", Map.of());
      assertThat(refused.select(".error").text())
          .contains("Could not publish")
          .contains("accessibility and quality checks first: 2 to fix");
      Document again = admin.open("/admin/content/edit.xhtml?item=" + item);
      assertThat(again.getElementById("editorial-state").text()).isEqualTo("Draft");
      Document refusedSubmit = admin.press(again, "publishing", "publishing:submit", Map.of());
      assertThat(refusedSubmit.select(".error").text()).contains("Could not submit");

      Document fixed =
          admin.press(
              admin.open("/admin/content/edit.xhtml?item=" + item),
              "edit",
              "edit:save",
              Map.of("edit:body_input", CLEAN));
      assertThat(fixed.getElementById("edit:checks")).as("nothing left to fix").isNull();
      Document live = admin.press(fixed, "publishing", "publishing:publish", Map.of());
      assertThat(live.getElementById("editorial-state").text()).isEqualTo("Published");
    } finally {
      setMode(admin, "WARN");
    }
  }

  @Test
  void theApiListsTheFindingsInWarnModeAndAnswers422InBlockMode() {
    ConsoleSession session = ConsoleSession.signIn(GAMBIA_ADMIN);
    String token = ApiTokenIT.issue(session, "quality gate " + UNIQUE.incrementAndGet(), "WRITE");
    Browser client = new Browser(MeridianServer.server());
    Map<String, String> bearer = Map.of("Authorization", "Bearer " + token);

    long warned = createByApi(client, bearer, FLAWED);
    HttpResponse<String> submitted =
        client.postJson(steps(warned), bearer, "{\"step\":\"SUBMIT\"}");
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    assertThat(submitted.body())
        .contains("\"to\":\"IN_REVIEW\"")
        .contains("\"code\":\"quality.vague_link_text\"")
        .contains("\"text\":\"click here\"")
        .contains("\"code\":\"quality.heading_skipped\"");

    ConsolePerson admin = new ConsolePerson(GAMBIA_ADMIN);
    setMode(admin, "BLOCK");
    try {
      long blocked = createByApi(client, bearer, FLAWED);
      HttpResponse<String> refused =
          client.postJson(steps(blocked), bearer, "{\"step\":\"SUBMIT\"}");
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
      JsonObject problem = (JsonObject) JsonBodies.parse(refused.body());
      assertThat(problem.getString("code")).isEqualTo("quality.gate_blocked");
      assertThat(problem.getJsonArray("findings")).hasSize(2);
      assertThat(problem.getJsonArray("findings").getJsonObject(0).getString("rule"))
          .isEqualTo("vague_link_text");
      assertThat(problem.getJsonArray("findings").getJsonObject(0).getString("fix"))
          .contains("instead of \"click here\"");
      HttpResponse<String> publish =
          client.postJson(steps(blocked), bearer, "{\"step\":\"PUBLISH\"}");
      assertThat(publish.statusCode()).as(publish.body()).isEqualTo(422);
      assertThat(admin.open("/admin/content/edit.xhtml?item=" + blocked).getElementById("state").text())
          .as("nothing changed")
          .doesNotContain("Live");

      long clean = createByApi(client, bearer, CLEAN);
      HttpResponse<String> passes = client.postJson(steps(clean), bearer, "{\"step\":\"PUBLISH\"}");
      assertThat(passes.statusCode()).as(passes.body()).isEqualTo(200);
      assertThat(passes.body()).contains("\"findings\":[]");
    } finally {
      setMode(admin, "WARN");
    }
  }

  @Test
  void aScheduledPublishPassesTheGateWhenScheduledAndAgainWhenItsTimeComes() throws Exception {
    ConsolePerson admin = new ConsolePerson(GAMBIA_ADMIN);
    ConsoleSession scheduler = ConsoleSession.signIn(GAMBIA_ADMIN);
    String title = "Gate at the scheduled time " + UNIQUE.incrementAndGet();
    long item = itemId(create(admin, title, FLAWED));
    // Scheduled in warn mode a few seconds ahead; the office blocks before the time comes.
    java.time.LocalDateTime due = ScheduledDrafts.gambiaNow().plusSeconds(12);
    Document scheduled = ScheduledDrafts.schedule(scheduler, item, "PUBLISH", due);
    assertThat(scheduled.select(".notice").text()).contains("will be published");
    setMode(admin, "BLOCK");
    try {
      Document refused =
          ScheduledDrafts.schedule(
              scheduler, item, "PUBLISH", ScheduledDrafts.gambiaNow().plusDays(1));
      assertThat(refused.select(".error, .field-error").text())
          .as("in block mode a text with findings cannot be scheduled")
          .contains("accessibility and quality checks first: 2 to fix");

      java.time.Instant deadline = java.time.Instant.now().plusSeconds(60);
      Document schedules = scheduler.open("/admin/content/schedule.xhtml?item=" + item);
      while (!schedules.select("form#schedules tbody tr").text().contains("FAILED")) {
        assertThat(java.time.Instant.now()).as("the schedule ran").isBefore(deadline);
        Thread.sleep(500);
        schedules = scheduler.open("/admin/content/schedule.xhtml?item=" + item);
      }
      assertThat(schedules.select("form#schedules tbody tr").text())
          .contains("accessibility and quality checks first: 2 to fix")
          .contains("A link's words do not say where it leads");
      assertThat(admin.open("/admin/content/edit.xhtml?item=" + item).getElementById("editorial-state").text())
          .as("not published")
          .isEqualTo("Draft");
      assertThat(scheduler.open("/admin/inbox.xhtml").select(".notification-message").text())
          .as("the editor who scheduled it is told")
          .contains("The scheduled publish of revision 1 of")
          .contains(title)
          .contains("accessibility and quality checks first");
    } finally {
      setMode(admin, "WARN");
    }
  }

  private static String steps(long id) {
    return "/api/v1/offices/gambia/items/" + id + "/steps";
  }

  private static long createByApi(Browser client, Map<String, String> bearer, String body) {
    HttpResponse<String> created =
        client.postJson(
            "/api/v1/offices/gambia/items",
            bearer,
            "{\"type\":\"news\",\"language\":\"en\",\"slug\":\"quality-gate-"
                + UNIQUE.incrementAndGet()
                + "\",\"title\":\"Quality gate\",\"summary\":\"\",\"body\":\""
                + body.replace("\"", "\\\"")
                + "\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return ((JsonObject) JsonBodies.parse(created.body())).getJsonNumber("id").longValue();
  }
}
