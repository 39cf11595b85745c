package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The console's translation screens over HTTP, as a browser without JavaScript uses them: the
 * office's outdated translations, one item's languages, "Translate into …", "Mark as up to date"
 * with its confirmation, and the side-by-side view.
 */
@ExtendWith(MeridianServer.class)
class TranslationsConsoleIT {

  private static final String SENEGAL_EDITOR = "senegal.editor@meridian.example.org";
  private static final String GAMBIA_EDITOR = "gambia.editor@meridian.example.org";
  private static final String HQ_ADMIN = "hq.admin@meridian.example.org";
  private static final String FORUM_IN_ENGLISH =
      "Youth forum brings 500 participants together in Thiès";
  private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

  private static Element rowOf(Document page, String language) {
    Element table = page.getElementById("languages:list");
    if (table == null) {
      throw new AssertionError("no list of languages in " + page.text());
    }
    return table.select("tbody tr").stream()
        .filter(row -> row.selectFirst("td").text().startsWith(language))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + language + " in " + page.text()));
  }

  @Test
  void anOutdatedTranslationIsComparedSideBySideAndMarkedUpToDateAfterAConfirmation() {
    ConsoleSession editor = ConsoleSession.signIn(SENEGAL_EDITOR);
    Document outdated = editor.open("/admin/translations.xhtml");
    Element link =
        outdated.select("#outdated a").stream()
            .filter(a -> a.text().equals(FORUM_IN_ENGLISH))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the demo's outdated translation is listed"));
    assertThat(outdated.select("#outdated").text()).contains("Un forum de la jeunesse");
    String address = link.attr("href");
    assertThat(address).matches("/admin/content/translations\\.xhtml\\?item=\\d+&with=\\d+");

    Document page = editor.open(address);
    assertThat(rowOf(page, "French").text()).contains("Source");
    assertThat(rowOf(page, "English").text()).contains("Outdated").contains(FORUM_IN_ENGLISH);
    // Side by side: the source's latest text, what changed in it, and the translation.
    assertThat(page.getElementById("translation-title").text()).isEqualTo(FORUM_IN_ENGLISH);
    assertThat(page.select("#source-body ins.added").text()).contains("Ziguinchor");
    assertThat(page.select("#source-title ins, #source-title del")).isEmpty();
    assertThat(page.getElementById("translation-body").text()).contains("The forum gave");

    // Someone from another office sees nothing of it.
    Document stranger = ConsoleSession.signIn(GAMBIA_EDITOR).open(address);
    assertThat(stranger.getElementById("not-found")).isNotNull();
    assertThat(stranger.text()).doesNotContain("Youth forum", "Un forum");

    String markButton =
        rowOf(page, "English").selectFirst("input[type=submit][value^=Mark]").attr("name");
    Document asked = editor.submit(page, "languages", Map.of(), markButton);
    assertThat(asked.getElementById("languages:confirm").text()).contains("as up to date");
    assertThat(rowOf(asked, "English").text()).as("not yet").contains("Outdated");

    Document cancelled = editor.submit(asked, "languages", Map.of(), "languages:cancel-confirm");
    assertThat(cancelled.getElementById("languages:confirm")).isNull();
    assertThat(rowOf(cancelled, "English").text()).contains("Outdated");

    Document askedAgain =
        editor.submit(
            cancelled,
            "languages",
            Map.of(),
            rowOf(cancelled, "English").selectFirst("input[value^=Mark]").attr("name"));
    Document confirmed =
        editor.submit(askedAgain, "languages", Map.of(), "languages:confirm-up-to-date");
    assertThat(confirmed.select(".messages").text()).contains("marked as up to date");
    assertThat(rowOf(confirmed, "English").text()).contains("Up to date");
    assertThat(editor.open("/admin/translations.xhtml").select("#outdated a").eachText())
        .doesNotContain(FORUM_IN_ENGLISH);
  }

  @Test
  void translatingIntoAMissingLanguageCreatesALinkedDraftAndOpensTheEditor() {
    ConsoleSession admin = ConsoleSession.signIn(HQ_ADMIN);
    String token = ApiTokenIT.issue(admin, "Translations " + UNIQUE.incrementAndGet(), "WRITE");
    Map<String, String> bearer = Map.of("Authorization", "Bearer " + token);
    Browser client = new Browser(MeridianServer.server());
    String id = Long.toString(UNIQUE.incrementAndGet(), 36);
    HttpResponse<String> created =
        client.postJson(
            "/api/v1/offices/hq/items",
            bearer,
            "{\"type\":\"news\",\"language\":\"en\",\"slug\":\"report-"
                + id
                + "\",\"title\":\"Network report "
                + id
                + "\",\"summary\":\"A year\",\"body\":\"<p>Text</p>\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long source = ((JsonObject) JsonBodies.parse(created.body())).getJsonNumber("id").longValue();

    Document page = admin.open("/admin/content/translations.xhtml?item=" + source);
    assertThat(rowOf(page, "English").text()).contains("Source");
    assertThat(rowOf(page, "French").text()).contains("Missing");
    Element translate =
        rowOf(page, "French").selectFirst("input[value='Translate into French (fr)']");
    assertThat(translate).isNotNull();

    HttpResponse<String> opened = admin.press(page, "languages", Map.of(), translate.attr("name"));
    assertThat(opened.uri().getPath()).isEqualTo("/admin/content/edit.xhtml");
    assertThat(opened.uri().getQuery()).matches("item=\\d+");
    long french = Long.parseLong(opened.uri().getQuery().substring("item=".length()));

    JsonObject draft =
        (JsonObject)
            JsonBodies.parse(client.get("/api/v1/offices/hq/items/" + french, bearer).body());
    assertThat(draft.getString("language")).isEqualTo("fr");
    assertThat(draft.getString("title")).isEqualTo("Network report " + id);
    assertThat(draft.getString("slug")).isEqualTo("network-report-" + id);
    assertThat(draft.getString("translation")).isEqualTo("current");
    assertThat(draft.getBoolean("live")).isFalse();
    assertThat(client.get("/api/v1/offices/hq/items?translation=current", bearer).body())
        .contains("\"id\":" + french + ",");

    Document after = admin.open("/admin/content/translations.xhtml?item=" + french);
    assertThat(rowOf(after, "French").text()).contains("Up to date");
    assertThat(rowOf(after, "French").select("input[value^=Translate]")).isEmpty();
    assertThat(after.getElementById("translation-title").text()).isEqualTo("Network report " + id);
  }

  @Test
  void everyOfficeMemberFindsTheTranslationsInTheNavigation() {
    Document console = ConsoleSession.signIn(GAMBIA_EDITOR).open("/admin/index.xhtml");
    assertThat(console.getElementById("nav-translations").attr("href"))
        .isEqualTo("/admin/translations.xhtml");
    assertThat(ConsoleSession.signIn(GAMBIA_EDITOR).open("/admin/translations.xhtml").text())
        .contains("No translation is outdated");
  }
}
