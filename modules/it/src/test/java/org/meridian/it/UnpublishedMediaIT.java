package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A library file is public only while a live item uses it (security.md, "Media of items that are
 * not live"): an embargoed photo uploaded for a draft is a 404 to the public and to other offices,
 * shown to the office's signed-in editors and to whoever holds the draft's preview, public once the
 * item is published and a 404 again once it is taken offline.
 */
@ExtendWith(MeridianServer.class)
@Tag("embedded-db")
class UnpublishedMediaIT {

  private static final String GAMBIA_EDITOR = "gambia.editor@meridian.example.org";
  private static final String SENEGAL_EDITOR = "senegal.editor@meridian.example.org";
  private static final String HQ_ADMIN = "hq.admin@meridian.example.org";
  private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

  private static String unique(String prefix) {
    return prefix + "-" + Long.toString(UNIQUE.incrementAndGet(), 36);
  }

  private static Browser signedIn(String email) {
    Browser browser = new Browser(MeridianServer.server());
    FacesForms.signedInAt(browser, email, "/admin/media.xhtml");
    return browser;
  }

  private static Browser visitor() {
    return new Browser(MeridianServer.server());
  }

  @Test
  void anEmbargoedPhotoIsServedPubliclyOnlyWhileItsItemIsLive() {
    Browser editor = new Browser(MeridianServer.server());
    Document library = FacesForms.signedInAt(editor, GAMBIA_EDITOR, "/admin/media.xhtml");
    String title = unique("Embargoed");
    Document uploaded =
        FacesForms.parse(
            MultipartForms.submit(
                editor,
                library,
                "upload",
                "upload:upload-button",
                Map.of("upload:title", title, "upload:altText", "The minister at the clinic"),
                "upload:file",
                "embargo.jpg",
                MediaLibraryIT.jpeg(800, 400)));
    assertThat(uploaded.select(".notice").text()).contains("was added to the library");
    String w320 =
        uploaded.select(".media-links a").eachAttr("href").stream()
            .filter(a -> a.contains("/w320/"))
            .findFirst()
            .orElseThrow();
    String original = w320.replace("/w320/", "/original/");
    String fileName = w320.substring(w320.lastIndexOf('/') + 1);
    String id = w320.split("/")[3];

    // Uploaded, used by nothing live: the public and other offices get what an unknown file gets.
    HttpResponse<String> unknown = visitor().get("/media/gambia/999999999/w320/" + fileName);
    HttpResponse<String> hidden = visitor().get(w320);
    assertThat(hidden.statusCode()).isEqualTo(404);
    assertThat(hidden.body()).isEqualTo(unknown.body());
    assertThat(hidden.headers().firstValue("Cache-Control"))
        .isEqualTo(unknown.headers().firstValue("Cache-Control"));
    assertThat(visitor().get(original).statusCode()).isEqualTo(404);
    assertThat(signedIn(SENEGAL_EDITOR).get(w320).statusCode())
        .as("another office's editor")
        .isEqualTo(404);
    assertThat(signedIn(SENEGAL_EDITOR).get(w320.replace("/gambia/", "/senegal/")).statusCode())
        .as("under another office's code")
        .isEqualTo(404);
    // The office's signed-in editors (the library, the editor, its previews) and HQ's
    // administrators see it, kept by nobody.
    HttpResponse<String> toEditor = editor.get(w320);
    assertThat(toEditor.statusCode()).isEqualTo(200);
    assertThat(toEditor.headers().firstValue("Cache-Control")).hasValue("private, no-store");
    assertThat(signedIn(HQ_ADMIN).get(w320).statusCode()).isEqualTo(200);

    // A draft that shows it: still hidden from the public; its preview shows it to whoever holds
    // the preview's address, with a token for that one file.
    Document form = FacesForms.parse(editor.get("/admin/content/edit.xhtml?type=NEWS&lang=en"));
    String slug = unique("embargoed-visit");
    Map<String, String> values = new HashMap<>();
    values.put("edit:title", "A visit, under embargo");
    values.put("edit:slug", slug);
    values.put("edit:summary", "Not to be published before the visit.");
    values.put(
        "edit:body_input",
        "<p>The minister opened the clinic.</p><p><img src=\""
            + w320
            + "\" alt=\"The minister at the clinic\"></p>");
    Document draft =
        FacesForms.parse(FacesForms.submit(editor, form, "edit", "edit:save", values));
    assertThat(draft.select(".notice").text()).as(draft.text()).contains("created as a draft");
    assertThat(visitor().get(w320).statusCode()).isEqualTo(404);

    String previewAddress = draft.getElementById("preview").attr("href");
    Document preview = FacesForms.parse(visitor().get(previewAddress));
    String shown = preview.select("main img").attr("src");
    assertThat(shown).startsWith(w320 + "?preview=");
    HttpResponse<String> throughPreview = visitor().get(shown);
    assertThat(throughPreview.statusCode()).isEqualTo(200);
    assertThat(throughPreview.headers().firstValue("Cache-Control")).hasValue("private, no-store");
    String token = shown.substring(shown.indexOf("?preview=") + "?preview=".length());
    assertThat(visitor().get(original + "?preview=" + token).statusCode())
        .as("the token opens that file in every size")
        .isEqualTo(200);
    assertThat(visitor().get(w320 + "?preview=" + token + "x").statusCode()).isEqualTo(404);
    String otherFile = w320.replace("/" + id + "/", "/" + (Long.parseLong(id) - 1) + "/");
    assertThat(visitor().get(otherFile + "?preview=" + token).statusCode())
        .as("a token opens its own file only")
        .isEqualTo(404);

    // Published: public, kept a short while only, revalidated by its ETag.
    Document live =
        FacesForms.parse(
            FacesForms.submit(editor, draft, "publishing", "publishing:publish", Map.of()));
    assertThat(live.select(".notice").text()).contains("is live");
    HttpResponse<String> published = visitor().get(w320);
    assertThat(published.statusCode()).isEqualTo(200);
    assertThat(published.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
    String etag = published.headers().firstValue("ETag").orElseThrow();
    assertThat(visitor().get(w320, Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);
    assertThat(visitor().get(original).statusCode()).isEqualTo(200);
    assertThat(visitor().get("/gambia/en/" + slug).body()).contains(w320);
    assertThat(signedIn(SENEGAL_EDITOR).get(w320.replace("/gambia/", "/senegal/")).statusCode())
        .as("still never under another office's code")
        .isEqualTo(404);

    // Taken offline: hidden again, a revalidation included.
    Document offline =
        FacesForms.parse(
            FacesForms.submit(editor, live, "publishing", "publishing:unpublish", Map.of()));
    assertThat(offline.getElementById("state").text()).isNotEqualTo("Live");
    assertThat(visitor().get(w320).statusCode()).isEqualTo(404);
    assertThat(visitor().get(w320, Map.of("If-None-Match", etag)).statusCode()).isEqualTo(404);
    assertThat(editor.get(w320).statusCode()).isEqualTo(200);
  }

  @Test
  void aSignedOutEditorIsThePublic() {
    Browser editor = signedIn(GAMBIA_EDITOR);
    Document grid = FacesForms.parse(editor.get("/admin/media.xhtml"));
    String savanna =
        grid.select("#media-grid li").stream()
            .filter(li -> li.selectFirst("a").text().equals("Savanna"))
            .findFirst()
            .map(li -> li.attr("data-media-id"))
            .orElseThrow();
    String address = "/media/gambia/" + savanna + "/original/savanna.png";
    assertThat(editor.get(address).statusCode()).isEqualTo(200);
    assertThat(visitor().get(address).statusCode()).as("no live item uses it").isEqualTo(404);
    assertThat(
            FacesForms.submit(editor, grid, "signout", "signout:signout-button", Map.of())
                .uri()
                .getPath())
        .isEqualTo("/admin/login.xhtml");
    assertThat(editor.get(address).statusCode()).isEqualTo(404);
  }
}
