package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.nodes.Document;

/**
 * What the scheduling tests share: drafts of the Gambia made through its API with a write token,
 * and the schedule form of the console filled in the office's own time.
 */
final class ScheduledDrafts {

  static final String GAMBIA_ADMIN = "gambia.admin@meridian.example.org";
  static final String GAMBIA_EDITOR = "gambia.editor@meridian.example.org";

  /** The demo Gambia office's time zone: schedules are typed in it. */
  static final ZoneId GAMBIA_TIME = ZoneId.of("Africa/Banjul");

  private static final String ITEMS = "/api/v1/offices/gambia/items";
  private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

  private final Browser client;
  private final String token;

  private ScheduledDrafts(Browser client, String token) {
    this.client = client;
    this.token = token;
  }

  /** Issues a write token of the Gambia on {@code server} and returns a maker of drafts. */
  static ScheduledDrafts on(MeridianServer.Running server) {
    ConsoleSession admin = ConsoleSession.signIn(server, GAMBIA_ADMIN);
    String token = ApiTokenIT.issue(admin, "scheduling test " + unique(), "WRITE");
    return new ScheduledDrafts(new Browser(server), token);
  }

  static String unique() {
    return Long.toString(UNIQUE.incrementAndGet(), 36);
  }

  /** Creates a news draft; returns its id. */
  long draft(String title) {
    String slug = "scheduled-" + unique();
    HttpResponse<String> created =
        client.postJson(
            ITEMS,
            bearer(),
            "{\"type\":\"news\",\"language\":\"en\",\"slug\":\""
                + slug
                + "\",\"title\":\""
                + title
                + "\",\"summary\":\"Scheduled\",\"body\":\"<p>Text</p>\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return ((JsonObject) JsonBodies.parse(created.body())).getJsonNumber("id").longValue();
  }

  /** Whether the item is live, as its office's API says. */
  boolean isLive(long itemId) {
    HttpResponse<String> item = client.get(ITEMS + "/" + itemId, bearer());
    assertThat(item.statusCode()).as(item.body()).isEqualTo(200);
    return ((JsonObject) JsonBodies.parse(item.body())).getBoolean("live");
  }

  private Map<String, String> bearer() {
    return Map.of("Authorization", "Bearer " + token);
  }

  /** Fills and sends the schedule form of an item; returns the page that follows. */
  static Document schedule(ConsoleSession editor, long itemId, String action, LocalDateTime at) {
    return schedule(
        editor,
        itemId,
        action,
        at.format(DateTimeFormatter.ISO_LOCAL_DATE),
        at.format(DateTimeFormatter.ofPattern("HH:mm:ss")));
  }

  static Document schedule(
      ConsoleSession editor, long itemId, String action, String date, String time) {
    Document page = editor.open("/admin/content/schedule.xhtml?item=" + itemId);
    return editor.submit(
        page,
        "schedule",
        Map.of("schedule:action", action, "schedule:date", date, "schedule:time", time),
        "schedule:schedule-button");
  }

  /** The office's wall-clock time now. */
  static LocalDateTime gambiaNow() {
    return LocalDateTime.now(GAMBIA_TIME).withNano(0);
  }
}
