package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Office archives end to end (docs/archive.md): HQ gives a demo office its own look (colours, theme
 * variant, tagline, banner, logo, a picture's framing and alt text in another language), exports
 * it, imports it under a new code and every public page of the copy reads as the original's (text,
 * links, images with their alt texts and sizes, the look's style, description and variant;
 * addresses differing only by the office code) and the copy's settings and picture say the same; a
 * second import changes nothing; an archive with the office's people gives an existing person the
 * role and a new one an account without a password, set through a reset link; damaged, unknown and
 * hostile archives are refused part by part with nothing half-imported; only HQ administrators may
 * do any of it; the console's upload shows the import's report. The source office gets its look
 * back at the end.
 */
@ExtendWith(MeridianServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OfficeArchiveIT {

  /** What a refused upload sends: not an archive, so only the permission check can answer 403. */
  private static final byte[] REFUSED_UPLOAD = {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0};

  private static final String HQ_ADMIN = "hq.admin@meridian.example.org";
  private static final String SOURCE = "senegal";
  private static final String COPY = "senegal-copy";

  private static byte[] archive;

  private static Browser hq() {
    Browser browser = new Browser(MeridianServer.server());
    FacesForms.signedInAt(browser, HQ_ADMIN, "/admin/archives.xhtml");
    return browser;
  }

  private static byte[] export(Browser browser, String office) {
    HttpResponse<byte[]> response =
        browser.getBytes("/admin/archive/export?office=" + office, Map.of());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
    return response.body();
  }

  private static HttpResponse<String> importArchive(Browser browser, byte[] zip, String as) {
    String token = browser.get("/admin/archive/token").body().strip();
    return browser.postWithHeaders(
        "/admin/archive/import?wait=true&as=" + as,
        Map.of("X-Meridian-Archive-Token", token),
        "application/zip",
        zip);
  }

  @Test
  @Order(1)
  void hqExportsAnOfficeAsOneVersionedArchive() throws IOException {
    SourceLook.give(SOURCE);
    archive = export(hq(), SOURCE);
    Map<String, byte[]> entries = entries(archive);
    assertThat(entries.keySet())
        .contains(
            "manifest.json",
            "office.json",
            "items.json",
            "media.json",
            "menus.json",
            "tags.json",
            "themes.json");
    String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
    assertThat(manifest).contains("\"format\":\"meridian-office-archive\"", "\"version\":1");
    assertThat(new String(entries.get("office.json"), StandardCharsets.UTF_8))
        .contains("\"code\":\"" + SOURCE + "\"");
    assertThat(entries.keySet().stream().filter(n -> n.startsWith("media/"))).isNotEmpty();
    // The look travels: branding and logo in office.json, framing and alt texts in media.json.
    String office = new String(entries.get("office.json"), StandardCharsets.UTF_8);
    assertThat(office)
        .contains("\"branding\":{", SourceLook.ACCENT, "\"variant\":\"compact\"", SourceLook.TAGLINE)
        .contains("\"logo\":{\"file\":\"office/logo.png\"");
    assertThat(entries).containsKey("office/logo.png");
    assertThat(new String(entries.get("media.json"), StandardCharsets.UTF_8))
        .contains("\"focusX\":" + SourceLook.FOCUS_X, SourceLook.ALT_EN);
    // People only when asked for.
    assertThat(entries).doesNotContainKey("people.json");
  }

  @Test
  @Order(2)
  void theCopyServesEveryPageOfTheOriginal() {
    Browser hq = hq();
    HttpResponse<String> first = importArchive(hq, archive, COPY);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(first.body()).contains("created: ").doesNotContain("refused");

    Browser visitor = new Browser(MeridianServer.server());
    Set<String> pages = crawl(visitor, SOURCE);
    assertThat(pages.size()).as("pages of %s", SOURCE).isGreaterThan(5);
    List<String> differences = new ArrayList<>();
    for (String path : pages) {
      HttpResponse<String> original = visitor.get(path);
      HttpResponse<String> copy = visitor.get(path.replaceFirst("^/" + SOURCE + "/", "/" + COPY + "/"));
      if (original.statusCode() != copy.statusCode()) {
        differences.add(path + ": " + original.statusCode() + " vs " + copy.statusCode());
        continue;
      }
      if (original.statusCode() != 200) {
        continue;
      }
      Page a = Page.of(original.body(), SOURCE);
      Page b = Page.of(copy.body(), COPY);
      if (!a.text.equals(b.text)) {
        differences.add(path + " text:\n  " + a.text + "\n  " + b.text);
      }
      if (!a.links.equals(b.links)) {
        differences.add(path + " links:\n  " + a.links + "\n  " + b.links);
      }
      if (!a.images.equals(b.images)) {
        differences.add(path + " images:\n  " + a.images + "\n  " + b.images);
      }
      if (!a.look.equals(b.look)) {
        differences.add(path + " look:\n  " + a.look + "\n  " + b.look);
      }
    }
    assertThat(differences).as("pages of %s and %s", SOURCE, COPY).isEmpty();
    // What the pages do not all show: the banner (the compact variant draws none), the framing and
    // the alt texts of each language, as the console shows them for each office.
    assertThat(SourceLook.of(COPY)).isEqualTo(SourceLook.of(SOURCE));
    assertThat(SourceLook.of(SOURCE).toString())
        .contains(SourceLook.ACCENT, SourceLook.ALT_EN, "focusX=" + SourceLook.FOCUS_X, "La côte");
  }

  @Test
  @Order(3)
  void importingTheSameArchiveAgainChangesNothing() {
    HttpResponse<String> again = importArchive(hq(), archive, COPY);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(again.body()).contains("skipped: ").doesNotContain("created: ").doesNotContain("refused");
  }

  @Test
  @Order(4)
  void damagedAndUnknownArchivesAreRefusedWithNothingWritten() throws IOException {
    Browser hq = hq();
    byte[] cut = java.util.Arrays.copyOf(archive, archive.length / 2);
    HttpResponse<String> truncated = importArchive(hq, cut, "cut-short");
    assertThat(truncated.statusCode()).isEqualTo(422);
    assertThat(truncated.body()).contains("not a complete zip archive");
    assertThat(new Browser(MeridianServer.server()).get("/cut-short/fr/").statusCode())
        .isEqualTo(404);

    byte[] future =
        rewrite(archive, Map.of("manifest.json", m -> m.replace("\"version\":1", "\"version\":7")));
    HttpResponse<String> unknown = importArchive(hq, future, "from-the-future");
    assertThat(unknown.statusCode()).isEqualTo(422);
    assertThat(unknown.body()).contains("format version 7; this Meridian reads version 1 only");
    assertThat(new Browser(MeridianServer.server()).get("/from-the-future/fr/").statusCode())
        .isEqualTo(404);

    HttpResponse<String> notEmpty = importArchive(hq, archive, "gambia");
    assertThat(notEmpty.statusCode()).isEqualTo(422);
    assertThat(notEmpty.body()).contains("The office 'gambia' has content of its own");
  }

  @Test
  @Order(5)
  void hostileMarkupIsCleanedAndAFileThatFailsSniffingIsRefusedWithWhatUsesIt() throws IOException {
    Map<String, byte[]> entries = entries(archive);
    String media = new String(entries.get("media.json"), StandardCharsets.UTF_8);
    Matcher firstFile = Pattern.compile("\"id\":(\\d+),[^}]*\"file\":\"([^\"]+)\"").matcher(media);
    assertThat(firstFile.find()).isTrue();
    String fakeId = firstFile.group(1);
    String fakeEntry = firstFile.group(2);
    byte[] notAnImage = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    String items = new String(entries.get("items.json"), StandardCharsets.UTF_8);
    Matcher body = Pattern.compile("\"body\":\"<p>").matcher(items);
    assertThat(body.find()).as("an item with a body").isTrue();
    String hostileItems =
        items.substring(0, body.end())
            + "<script>alert(document.cookie)<\\/script><img src=x onerror=alert(1)>"
            + items.substring(body.end());
    Map<String, java.util.function.UnaryOperator<String>> changes = new LinkedHashMap<>();
    changes.put("items.json", i -> hostileItems);
    changes.put(
        "media.json",
        m ->
            m.replaceFirst(
                "(\"id\":" + fakeId + ",[^}]*\"sha256\":\")[0-9a-f]+",
                "$1" + sha256(notAnImage)));
    byte[] hostile = replaceFile(rewrite(archive, changes), fakeEntry, notAnImage);

    HttpResponse<String> report = importArchive(hq(), hostile, "senegal-hostile");
    assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
    assertThat(report.body())
        .contains("refused media " + fakeId + ": ")
        .contains("held markup that is not allowed: it was removed");
    Browser visitor = new Browser(MeridianServer.server());
    for (String path : crawl(visitor, "senegal-hostile")) {
      String page = visitor.get(path).body();
      assertThat(page).as(path).doesNotContain("alert(").doesNotContain("onerror");
    }
  }

  @Test
  @Order(6)
  void onlyHqAdministratorsExportOrImport() {
    // The refusals come before the body is read: a few bytes are enough (a whole archive sent to a
    // server that answered 403 without reading it can stall the client until its time-out).
    Browser editor = new Browser(MeridianServer.server());
    FacesForms.signedInAt(editor, "senegal.editor@meridian.example.org", "/admin/index.xhtml");
    assertThat(editor.getBytes("/admin/archive/export?office=senegal", Map.of()).statusCode())
        .isEqualTo(403);
    assertThat(
            editor
                .postWithHeaders(
                    "/admin/archive/import?wait=true&as=stolen",
                    Map.of("X-Meridian-Archive-Token", "x"),
                    "application/zip",
                    REFUSED_UPLOAD)
                .statusCode())
        .isEqualTo(403);
    Browser anonymous = new Browser(MeridianServer.server());
    assertThat(anonymous.getBytes("/admin/archive/export?office=senegal", Map.of()).statusCode())
        .isNotEqualTo(200);
    // A signed-in HQ administrator without the session's token (a page of another site).
    Browser hq = hq();
    assertThat(
            hq.postWithHeaders(
                    "/admin/archive/import?wait=true&as=forged",
                    Map.of("X-Meridian-Archive-Token", "forged"),
                    "application/zip",
                    REFUSED_UPLOAD)
                .statusCode())
        .isEqualTo(403);
    assertThat(new Browser(MeridianServer.server()).get("/forged/fr/").statusCode())
        .isEqualTo(404);
  }

  @Test
  @Order(7)
  void theConsoleUploadShowsTheImportsReport() throws InterruptedException {
    Browser hq = new Browser(MeridianServer.server());
    Document page = FacesForms.signedInAt(hq, HQ_ADMIN, "/admin/archives.xhtml");
    assertThat(page.select("form#export select[name=office] option").eachAttr("value"))
        .contains(SOURCE);
    HttpResponse<String> upload =
        MultipartForms.submit(
            hq,
            page,
            "import",
            "upload",
            Map.of("as", COPY),
            "archive",
            "senegal.zip",
            archive);
    // The upload answers with a redirect to the import's own page, which shows its progress.
    assertThat(upload.statusCode()).isEqualTo(200);
    String location = upload.uri().toString();
    assertThat(location).contains("/admin/archives.xhtml?job=");
    String jobPage = location.substring(location.indexOf("/admin/"));
    String text = "";
    for (int i = 0; i < 120 && !text.contains("The import is finished."); i++) {
      Thread.sleep(500);
      text = Jsoup.parse(hq.get(jobPage).body()).text();
    }
    assertThat(text).contains("The import is finished.").contains("Skipped (already there)");
    // The command line follows the same job as text.
    String id = jobPage.substring(jobPage.indexOf("job=") + 4);
    HttpResponse<String> job = hq.get("/admin/archive/job?id=" + id);
    assertThat(job.statusCode()).isEqualTo(200);
    assertThat(job.body()).contains("skipped: ").doesNotContain("created: ");
    assertThat(hq.get("/admin/archive/job?id=not-a-job").statusCode()).isEqualTo(404);
  }

  @Test
  @Order(8)
  void peopleComeWhenAskedForNeverWithTheirPasswordsAndANewcomerSetsOneByAResetLink()
      throws IOException {
    Browser hq = hq();
    HttpResponse<byte[]> response =
        hq.getBytes("/admin/archive/export?office=" + SOURCE + "&people=true", Map.of());
    assertThat(response.statusCode()).isEqualTo(200);
    Map<String, byte[]> entries = entries(response.body());
    String people = new String(entries.get("people.json"), StandardCharsets.UTF_8);
    assertThat(people)
        .contains("\"email\":\"senegal.editor@meridian.example.org\"", "\"role\":\"EDITOR\"")
        .doesNotContainIgnoringCase("password")
        .doesNotContainIgnoringCase("hash")
        .doesNotContain("PBKDF2");
    String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
    Matcher counted = Pattern.compile("\"people\":(\\d+)").matcher(manifest);
    assertThat(counted.find()).as(manifest).isTrue();
    int count = Integer.parseInt(counted.group(1));

    // A person this network does not know, and an HQ role an office cannot have.
    String newcomer = "archive.newcomer@meridian.example.org";
    String person = "{\"id\":%d,\"email\":\"" + newcomer
        + "\",\"name\":\"Awa Newcomer\",\"language\":\"fr\",\"role\":\"%s\"},";
    Map<String, java.util.function.UnaryOperator<String>> changes = new LinkedHashMap<>();
    changes.put(
        "people.json",
        p -> "[" + person.formatted(999001, "PUBLISHER") + person.formatted(999002, "HQ_ADMIN")
            + p.substring(1));
    changes.put(
        "manifest.json",
        m -> m.replace("\"people\":" + count, "\"people\":" + (count + 2)));
    byte[] withNewcomer = rewrite(response.body(), changes);

    HttpResponse<String> report = importArchive(hq, withNewcomer, "senegal-people");
    assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
    assertThat(report.body())
        .contains("refused person 999002 (" + newcomer + "): The role HQ_ADMIN exists only in HQ")
        .contains("note person 999001 (" + newcomer + "): " + newcomer + " has a new account")
        .containsPattern("created: .*\\b" + (count + 1) + " person");

    Document list = Jsoup.parse(hq.get("/admin/people.xhtml?manage=senegal-people").body());
    Map<String, String> roles = new LinkedHashMap<>();
    list.select("tr:has(.person-email)")
        .forEach(
            row ->
                roles.put(
                    row.selectFirst(".person-email").text(),
                    row.selectFirst(".person-role").attr("data-role")));
    assertThat(roles)
        .containsEntry("senegal.editor@meridian.example.org", "EDITOR")
        .containsEntry(newcomer, "PUBLISHER");

    // No password came: the newcomer cannot sign in until a reset link sets one.
    Browser stranger = new Browser(MeridianServer.server());
    SignIn.as(stranger, newcomer, MeridianServer.DEMO_PASSWORD, "198.51.100.81");
    assertThat(SignIn.isSignedIn(stranger)).isFalse();
    Browser visitor = new Browser(MeridianServer.server());
    FacesForm.on(visitor.get("/admin/reset.xhtml"), "reset")
        .with("reset", "email", newcomer)
        .press(visitor, "reset", "send");
    Matcher link =
        Pattern.compile("/admin/reset-password\\.xhtml\\?token=[A-Za-z0-9_-]+")
            .matcher(
                Jsoup.parse(hq.get("/admin/outbox.xhtml").body())
                    .select("article.outbox-message[data-recipient=" + newcomer + "] pre.outbox-body")
                    .text());
    assertThat(link.find()).as("a reset link for %s in the outbox", newcomer).isTrue();
    Browser owner = new Browser(MeridianServer.server());
    String password = "a passphrase chosen after the import";
    HttpResponse<String> set =
        FacesForm.on(owner.get(link.group()), "reset")
            .with("reset", "new", password)
            .with("reset", "repeated", password)
            .press(owner, "reset", "save");
    assertThat(set.body()).contains("Your new password is set");
    Browser signedIn = new Browser(MeridianServer.server());
    SignIn.as(signedIn, newcomer, password, "198.51.100.82");
    assertThat(SignIn.isSignedIn(signedIn)).isTrue();

    HttpResponse<String> again = importArchive(hq, withNewcomer, "senegal-people");
    assertThat(again.body()).contains("skipped: ").doesNotContain("created: ");
  }

  /** The demo office as the demo made it, for the tests that follow. */
  @AfterAll
  static void giveTheSourceItsLookBack() {
    SourceLook.takeBack(SOURCE);
  }

  // --- helpers

  /**
   * A page as compared: its text, its links, its images (address, alt text, size, framing classes)
   * and its look (the office's colours in its style, its description, social image and variant).
   */
  private record Page(String text, List<String> links, List<String> images, String look) {
    static Page of(String html, String office) {
      Document doc = Jsoup.parse(html);
      String look =
          String.join(
              " | ",
              doc.select("head style").html(),
              doc.select("meta[name=description]").attr("content"),
              doc.select("meta[property=og:image]").attr("content"),
              doc.body().className());
      doc.select("script, style").remove();
      List<String> links = new ArrayList<>();
      doc.select("a[href], link[href]").forEach(a -> links.add(normal(a.attr("href"), office)));
      List<String> images = new ArrayList<>();
      doc.select("img")
          .forEach(
              img ->
                  images.add(
                      normal(
                          img.attr("src") + " " + img.attr("srcset") + " alt=" + img.attr("alt")
                              + " " + img.attr("width") + "x" + img.attr("height") + " "
                              + img.className(),
                          office)));
      return new Page(normal(doc.body().text(), office), links, images, normal(look, office));
    }

    private static String normal(String text, String office) {
      // Share links carry the page's address encoded: %2Fsenegal%2F.
      return text.replace("/" + office + "/", "/OFFICE/")
          .replace("%2F" + office + "%2F", "%2FOFFICE%2F")
          .replace("/" + office + "?", "/OFFICE?")
          .replaceAll("/media/OFFICE/[0-9]+/", "/media/OFFICE/N/")
          .replaceAll("/media/" + Pattern.quote(office) + "/[0-9]+/", "/media/OFFICE/N/");
    }
  }

  /** The office's public HTML pages reachable from its home pages, by their addresses. */
  private static Set<String> crawl(Browser visitor, String office) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> queue = new ArrayDeque<>();
    Document home = Jsoup.parse(visitor.get("/" + office + "/").body());
    queue.add("/" + office + "/fr/");
    queue.add("/" + office + "/en/");
    home.select("a[hreflang]").forEach(a -> queue.add(a.attr("href")));
    while (!queue.isEmpty() && seen.size() < 400) {
      String path = queue.poll();
      if (!path.startsWith("/" + office + "/") || path.contains("?") || path.contains("#")
          || path.contains("/search") || !seen.add(path)) {
        continue;
      }
      HttpResponse<String> page = visitor.get(path);
      if (page.statusCode() != 200
          || !page.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
        continue;
      }
      Jsoup.parse(page.body()).select("a[href]").forEach(a -> queue.add(a.attr("href")));
    }
    return seen;
  }

  private static Map<String, byte[]> entries(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  private static byte[] rewrite(
      byte[] zip, Map<String, java.util.function.UnaryOperator<String>> changes)
      throws IOException {
    Map<String, byte[]> entries = entries(zip);
    changes.forEach(
        (name, change) ->
            entries.put(
                name,
                change
                    .apply(new String(entries.get(name), StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8)));
    return zip(entries);
  }

  private static byte[] replaceFile(byte[] zip, String name, byte[] bytes) throws IOException {
    Map<String, byte[]> entries = entries(zip);
    entries.put(name, bytes);
    return zip(entries);
  }

  private static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (var e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
