package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Editors' previews: a signed, expiring address shows a draft as the site will, and nothing else.
 */
@ExtendWith(MeridianServer.class)
class PreviewIT {

  private static final String EDITOR = "gambia.editor@meridian.example.org";
  private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime() % 1_000_000);

  private final Browser editor = new Browser(MeridianServer.server());
  private final Browser visitor = new Browser(MeridianServer.server());

  private Document draft(String title) {
    Document form =
        FacesForms.signedInAt(editor, EDITOR, "/admin/content/edit.xhtml?type=NEWS&lang=en");
    Document created =
        FacesForms.parse(
            FacesForms.submit(
                editor,
                form,
                "edit",
                "edit:save",
                Map.of("edit:title", title, "edit:summary", "Only a preview shows this.")));
    assertThat(created.select(".notice").text()).as(created.text()).contains("created as a draft");
    return created;
  }

  @Test
  void aSignedLinkShowsTheDraftAsTheSiteWillNeverCachedNorIndexed() {
    String title = "Preview of a draft " + UNIQUE.incrementAndGet();
    Document created = draft(title);
    String link = created.getElementById("preview").attr("href");
    assertThat(link).startsWith("/gambia/en/preview/").contains("signature=");

    HttpResponse<String> shown = visitor.get(link);
    assertThat(shown.statusCode()).isEqualTo(200);
    assertThat(shown.body()).contains(title).contains("Only a preview shows this.");
    assertThat(shown.body()).contains("class=\"preview-banner\"").contains("noindex");
    assertThat(shown.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    assertThat(shown.headers().firstValue("X-Robots-Tag").orElse("")).contains("noindex");

    String slug = created.getElementById("edit:slug").attr("value");
    assertThat(visitor.get("/gambia/en/" + slug).statusCode()).as("still a draft").isEqualTo(404);
    assertThat(visitor.get(link).body()).as("not served from a cache").contains(title);
  }

  @Test
  void aTamperedOrForeignLinkShowsNothing() {
    String title = "Not for everyone " + UNIQUE.incrementAndGet();
    String link = draft(title).getElementById("preview").attr("href");

    for (String wrong :
        new String[] {
          link.replaceFirst("signature=[^&]+", "signature=AAAA"),
          link.replaceFirst("revision=\\d+", "revision=2"),
          link.replaceFirst("expires=(\\d+)", "expires=9$1"),
          link.replaceFirst("expires=\\d+", "expires=1"),
          link.replaceFirst("/gambia/en/", "/senegal/fr/"),
          link.replaceFirst("/gambia/en/", "/gambia/fr/"),
          link.replaceFirst("&signature=[^&]+", ""),
          link.replaceFirst("/preview/\\d+", "/preview/not-a-number"),
        }) {
      HttpResponse<String> refused = visitor.get(wrong);
      assertThat(refused.statusCode()).as(wrong).isIn(403, 404);
      assertThat(refused.body()).as(wrong).doesNotContain(title);
    }
    HttpResponse<String> forged = visitor.get(link.replaceFirst("signature=[^&]+", "signature=x"));
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).contains("not valid or has expired");
  }
}
