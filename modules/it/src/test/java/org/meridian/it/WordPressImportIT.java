package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A WordPress site (an export written by a real WordPress 6.1, Debian's package, with its uploads:
 * see the README beside it in the content module's test resources, which {@code modules/it/pom.xml}
 * adds to these tests' resources) into a new, empty office: a dry run writes nothing; the
 * import brings posts as news and pages in their hierarchy (three deep), its image into the library,
 * its links rewritten and its hostile markup removed; a second import changes nothing.
 */
@ExtendWith(MeridianServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WordPressImportIT {

  private static final String HQ_ADMIN = "hq.admin@meridian.example.org";
  private static final String OFFICE = "harbour";

  private static Browser hq() {
    Browser browser = new Browser(MeridianServer.server());
    FacesForms.signedInAt(browser, HQ_ADMIN, "/admin/archives.xhtml");
    return browser;
  }

  private static HttpResponse<String> post(Browser browser, String path, byte[] body) {
    String token = browser.get("/admin/archive/token").body().strip();
    return browser.postWithHeaders(
        path, Map.of("X-Meridian-Archive-Token", token), "application/zip", body);
  }

  /** The export and its uploads, zipped as the command line and the console take them. */
  private static byte[] export() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      put(zip, "export.xml", "/wordpress/real/harbour-aid-wordpress-6.1.wxr.xml");
      put(zip, "uploads/2024/05/harbour.png", "/wordpress/real/uploads/2024/05/harbour.png");
    }
    return out.toByteArray();
  }

  private static void put(ZipOutputStream zip, String name, String resource) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    try (InputStream in = WordPressImportIT.class.getResourceAsStream(resource)) {
      in.transferTo(zip);
    }
    zip.closeEntry();
  }

  /** An empty office, made by importing an archive of nothing but its settings. */
  private static byte[] emptyOffice() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      Map<String, String> entries =
          Map.of(
              "office.json",
              "{\"code\":\"" + OFFICE + "\",\"type\":\"COUNTRY\",\"languages\":[\"en\"],"
                  + "\"timeZone\":\"UTC\",\"names\":{\"en\":\"Harbour Aid\"},\"contact\":{}}",
              "tags.json", "[]", "themes.json", "[]", "media.json", "[]", "items.json", "[]",
              "menus.json", "[]",
              "manifest.json",
              "{\"format\":\"meridian-office-archive\",\"version\":1,\"about\":{\"office\":\""
                  + OFFICE + "\"},\"counts\":{}}");
      for (var e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  @Order(1)
  void aDryRunSaysWhatWouldComeAndWritesNothing() throws IOException {
    Browser hq = hq();
    HttpResponse<String> office = post(hq, "/admin/archive/import?wait=true", emptyOffice());
    assertThat(office.statusCode()).as(office.body()).isEqualTo(200);
    HttpResponse<String> dry =
        post(hq, "/admin/archive/wordpress?wait=true&dryRun=true&office=" + OFFICE, export());
    assertThat(dry.statusCode()).as(dry.body()).isEqualTo(200);
    assertThat(dry.body())
        .contains("Would import news: 4")
        .contains("Would import pages: 6")
        .contains("Would import media: 1");
    assertThat(new Browser(MeridianServer.server()).get("/" + OFFICE + "/en/clean-water").statusCode())
        .isEqualTo(404);
  }

  /**
   * The console's form sends an export with its uploads as one file, often larger than any file the
   * media library takes (25 MB here): the export's own checks answer it, not the library's limit.
   */
  @Test
  @Order(1)
  void theConsolesFormTakesAnExportLargerThanAnyLibraryFile() throws IOException {
    Browser hq = hq();
    HttpResponse<String> office = post(hq, "/admin/archive/import?wait=true", emptyOffice());
    assertThat(office.statusCode()).as(office.body()).isEqualTo(200);
    String token = hq.get("/admin/archive/token").body().strip();
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
      put(zip, "export.xml", "/wordpress/real/harbour-aid-wordpress-6.1.wxr.xml");
      put(zip, "uploads/2024/05/harbour.png", "/wordpress/real/uploads/2024/05/harbour.png");
      ZipEntry unused = new ZipEntry("uploads/2024/05/unused-video.bin");
      zip.putNextEntry(unused);
      byte[] noise = new byte[1024 * 1024];
      java.util.Random random = new java.util.Random(7);
      for (int i = 0; i < 27; i++) {
        random.nextBytes(noise);
        zip.write(noise);
      }
      zip.closeEntry();
    }
    String boundary = "meridian-" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (var field : Map.of("token", token, "office", OFFICE, "dryRun", "true").entrySet()) {
      body.writeBytes(
          ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                  + "\"\r\n\r\n" + field.getValue() + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(
        ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"archive\";"
                + " filename=\"export.zip\"\r\nContent-Type: application/zip\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(zipped.toByteArray());
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    assertThat(body.size()).isGreaterThan(26214400 + 1024 * 1024);

    HttpResponse<String> dry =
        hq.postWithHeaders(
            "/admin/archive/wordpress?wait=true",
            Map.of(),
            "multipart/form-data; boundary=" + boundary,
            body.toByteArray());
    assertThat(dry.statusCode()).as(dry.body()).isEqualTo(200);
    assertThat(dry.body()).contains("Would import news: 4");
  }

  @Test
  @Order(2)
  void postsAndPagesComeInWithTheirImagesAndLinks() throws IOException {
    HttpResponse<String> report =
        post(hq(), "/admin/archive/wordpress?wait=true&office=" + OFFICE, export());
    assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
    assertThat(report.body()).contains("created: ").contains("held markup that is not allowed");

    Browser visitor = new Browser(MeridianServer.server());
    HttpResponse<String> post = visitor.get("/" + OFFICE + "/en/clean-water");
    assertThat(post.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(post.body());
    assertThat(page.text()).contains("Three new pumps now serve the harbour.");
    assertThat(post.body()).doesNotContain("alert(").doesNotContain("javascript:");
    assertThat(page.select("img[src^=/media/" + OFFICE + "/]")).isNotEmpty();
    String image = page.selectFirst("img[src^=/media/" + OFFICE + "/]").attr("src");
    assertThat(visitor.getBytes(image, Map.of()).statusCode()).isEqualTo(200);

    HttpResponse<String> team = visitor.get("/" + OFFICE + "/en/about-us/team");
    assertThat(team.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(team.body()).select("main a").eachAttr("href"))
        .contains("/" + OFFICE + "/en/about-us", "/" + OFFICE + "/en/clean-water");
    assertThat(visitor.get("/" + OFFICE + "/en/news-page").statusCode()).isEqualTo(200);
    assertThat(visitor.get("/" + OFFICE + "/en/about-us/team/history").statusCode()).isEqualTo(200);
    assertThat(visitor.get("/" + OFFICE + "/en/le-port-en-fete").statusCode()).isEqualTo(200);
    assertThat(visitor.get("/" + OFFICE + "/en/storm-season").statusCode()).isEqualTo(404);
  }

  @Test
  @Order(3)
  void importingAgainChangesNothing() throws IOException {
    HttpResponse<String> again =
        post(hq(), "/admin/archive/wordpress?wait=true&office=" + OFFICE, export());
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(again.body()).contains("skipped: ").doesNotContain("created: ");
  }

  @Test
  @Order(4)
  void aFileThatIsNotAnExportIsRefused() {
    HttpResponse<String> refused =
        post(
            hq(),
            "/admin/archive/wordpress?wait=true&office=" + OFFICE,
            "<rss><channel><title>x</title></channel></rss>".getBytes(StandardCharsets.UTF_8));
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("not a WordPress export");
  }
}
