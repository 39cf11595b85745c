package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The editor's autosave on the server (issue 17, {@code /admin/autosave}): one slot per person and
 * item, offered back to that person only when they open the item again, put back into the form or
 * thrown away, gone once they save; refused from other sites, for other offices' items and without
 * a session.
 */
class AutosaveIT {

  private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime() % 1_000_000);

  private static long create(ConsolePerson person, String title) {
    Document created =
        person.press(
            person.open("/admin/content/edit.xhtml?type=PAGE"),
            "edit",
            "edit:save",
            Map.of("edit:title", title, "edit:body_input", "<p>Saved text.</p>"));
    String href = created.getElementById("tab-edit").attr("href");
    return Long.parseLong(href.substring(href.indexOf("item=") + 5));
  }

  private static String origin() {
    URI server = MeridianServer.server().uri("/");
    return server.getScheme() + "://" + server.getRawAuthority();
  }

  private static HttpResponse<String> autosave(
      ConsolePerson person, Map<String, String> headers, String json) {
    return person.browser.postJson("/admin/autosave", headers, json);
  }

  private static String text(long item, String title, String body) {
    return "{\"item\":"
        + item
        + ",\"basedOn\":1,\"title\":\""
        + title
        + "\",\"summary\":\"\",\"body\":\""
        + body
        + "\"}";
  }

  @Test
  void unsavedTextIsOfferedBackToItsWriterOnlyAndGoesWhenSaved() {
    ConsolePerson editor = new ConsolePerson("gambia.editor@meridian.example.org");
    String title = "Autosaved " + UNIQUE.incrementAndGet();
    long item = create(editor, title);
    Map<String, String> sameSite = Map.of("Origin", origin());

    HttpResponse<String> kept =
        autosave(
            editor,
            sameSite,
            text(item, title + " (typed)", "<p>Typed but not saved.</p><script>x()</script>"));
    assertThat(kept.statusCode()).as(kept.body()).isEqualTo(204);

    Document reopened = editor.open("/admin/content/edit.xhtml?item=" + item);
    assertThat(reopened.getElementById("autosave-offer").text())
        .contains("You left text in this item unsaved");
    ConsolePerson colleague = new ConsolePerson("gambia.admin@meridian.example.org");
    assertThat(colleague.open("/admin/content/edit.xhtml?item=" + item).getElementById("autosave"))
        .as("one slot per person: the colleague is offered nothing")
        .isNull();

    Document restored = editor.press(reopened, "autosave", "autosave:restore", Map.of());
    assertThat(restored.select(".notice").text()).contains("Your unsaved text is back");
    assertThat(restored.getElementById("edit:title").val()).isEqualTo(title + " (typed)");
    assertThat(restored.getElementById("edit:body_input").val())
        .contains("Typed but not saved.")
        .doesNotContain("script");

    Document saved = editor.press(restored, "edit", "edit:save", Map.of());
    assertThat(saved.select(".notice").text()).contains("Saved as a new draft revision");
    assertThat(editor.open("/admin/content/edit.xhtml?item=" + item).getElementById("autosave"))
        .as("saved: nothing left to offer")
        .isNull();

    assertThat(autosave(editor, sameSite, text(item, "Again", "<p>Again.</p>")).statusCode())
        .isEqualTo(204);
    Document offered = editor.open("/admin/content/edit.xhtml?item=" + item);
    Document discarded = editor.press(offered, "autosave", "autosave:discard", Map.of());
    assertThat(discarded.select(".notice").text()).contains("thrown away");
    assertThat(editor.open("/admin/content/edit.xhtml?item=" + item).getElementById("autosave"))
        .isNull();
  }

  @Test
  void otherSitesOtherOfficesAndStrangersAreRefused() {
    ConsolePerson editor = new ConsolePerson("gambia.editor@meridian.example.org");
    long item = create(editor, "Autosave refusals " + UNIQUE.incrementAndGet());
    ConsolePerson senegal = new ConsolePerson("senegal.editor@meridian.example.org");
    senegal.open("/admin/index.xhtml");
    String json = text(item, "Hijack", "<p>x</p>");

    assertThat(autosave(editor, Map.of(), json).statusCode()).as("no Origin").isEqualTo(403);
    assertThat(autosave(editor, Map.of("Origin", "https://evil.example"), json).statusCode())
        .isEqualTo(403);
    assertThat(autosave(editor, Map.of("Sec-Fetch-Site", "cross-site", "Origin", origin()), json).statusCode())
        .isEqualTo(403);
    assertThat(autosave(editor, Map.of("Origin", origin()), "not json").statusCode())
        .isEqualTo(400);
    assertThat(autosave(senegal, Map.of("Origin", origin()), json).statusCode())
        .as("another office's item does not exist for Senegal")
        .isEqualTo(404);
    HttpResponse<String> stranger =
        new Browser(MeridianServer.server())
            .postJson("/admin/autosave", Map.of("Origin", origin()), json);
    assertThat(stranger.statusCode()).isNotEqualTo(204);
    assertThat(editor.open("/admin/content/edit.xhtml?item=" + item).getElementById("autosave"))
        .as("nothing was kept")
        .isNull();
  }
}
