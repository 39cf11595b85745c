package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The editor's internal link picker ({@code /admin/item-links.json}): an office's items by title,
 * never another office's, and nothing for someone not signed in.
 */
class ItemLinkSearchIT {

  private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime() % 1_000_000);

  private static long create(ConsolePerson person, String title) {
    Document created =
        person.press(
            person.open("/admin/content/edit.xhtml?type=PAGE"),
            "edit",
            "edit:save",
            Map.of("edit:title", title, "edit:body_input", "<p>Text.</p>"));
    String href = created.getElementById("tab-edit").attr("href");
    return Long.parseLong(href.substring(href.indexOf("item=") + 5));
  }

  @Test
  void anEditorFindsTheirOfficesItemsByTitleAndNoOneElses() {
    String words = "Linkable " + UNIQUE.incrementAndGet();
    ConsolePerson gambia = new ConsolePerson("gambia.editor@meridian.example.org");
    ConsolePerson senegal = new ConsolePerson("senegal.editor@meridian.example.org");
    long ours = create(gambia, words + " harbour");
    long theirs = create(senegal, words + " port");

    HttpResponse<String> found = gambia.browser.get("/admin/item-links.json?q=" + words.replace(' ', '+'));
    assertThat(found.statusCode()).isEqualTo(200);
    assertThat(found.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    assertThat(found.body())
        .contains("\"id\":" + ours)
        .contains("\"href\":\"meridian:item/" + ours + "\"")
        .contains("\"live\":false")
        .doesNotContain("\"id\":" + theirs)
        .doesNotContain("port");
    assertThat(senegal.browser.get("/admin/item-links.json?q=" + words.replace(' ', '+')).body())
        .contains("\"id\":" + theirs)
        .doesNotContain("\"id\":" + ours);
    assertThat(gambia.browser.get("/admin/item-links.json?q=" + "x".repeat(201)).statusCode())
        .isEqualTo(400);

    HttpResponse<String> anonymous =
        new Browser(MeridianServer.server()).get("/admin/item-links.json?q=" + words.replace(' ', '+'));
    assertThat(anonymous.statusCode()).isNotEqualTo(200);
    assertThat(anonymous.body()).doesNotContain(words);
  }
}
