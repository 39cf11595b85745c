package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.SimpleFileServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The static mirror of a demo office end to end (docs/mirror.md): its administrator writes it for a
 * base address with a path, downloads it as a zip, and the files served by the JDK's plain static
 * file server ({@code SimpleFileServer}, which knows nothing of Meridian) have no broken link, and
 * every page reads as the live site's (its main content's text, links and images), apart from
 * search, which is a note in the page's language. A link of the demo site to a page that is not
 * there leads in the mirror to the same "not found" page as on the live site, and the report names
 * it. Writing it again writes nothing; an editor may not write it. A publication refreshes it by
 * itself, rewriting the pages that show the change (the article, the lists, the feeds, the sitemap)
 * and no other file.
 */
@ExtendWith(MeridianServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaticMirrorIT {

  private static final String OFFICE = "gambia";
  private static final String ADMIN = "gambia.admin@meridian.example.org";
  private static final String EDITOR = "gambia.editor@meridian.example.org";
  private static final Pattern COUNTS =
      Pattern.compile("files: (\\d+), written: (\\d+), unchanged: (\\d+), removed: (\\d+)");

  private static final Pattern PROBLEM =
      Pattern.compile("problem: (/\\S+): answers (404|410) \\(linked from ");
  private static final java.util.Set<String> missingOnTheLiveSite = new java.util.HashSet<>();

  @TempDir static Path served;
  private static HttpServer staticServer;
  private static String base;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @AfterAll
  static void stop() {
    if (staticServer != null) {
      staticServer.stop(0);
    }
  }

  private static Browser signedIn(String email) {
    Browser browser = new Browser(MeridianServer.server());
    FacesForms.signedInAt(browser, email, "/admin/mirror.xhtml");
    return browser;
  }

  private static HttpResponse<String> write(Browser browser, String baseUrl) {
    String token = browser.get("/admin/mirror/token").body().strip();
    return browser.postWithHeaders(
        "/admin/mirror/write?office=" + OFFICE + "&base=" + baseUrl,
        Map.of("X-Meridian-Mirror-Token", token),
        "text/plain",
        new byte[0]);
  }

  @Test
  @Order(1)
  void theOfficeAdministratorWritesTheMirrorAndDownloadsItAsAZip() throws IOException {
    staticServer =
        SimpleFileServer.createFileServer(
            new InetSocketAddress("127.0.0.1", 0),
            served.toAbsolutePath(),
            SimpleFileServer.OutputLevel.NONE);
    staticServer.start();
    base = "http://127.0.0.1:" + staticServer.getAddress().getPort() + "/crisis/gambia";
    Browser admin = signedIn(ADMIN);
    HttpResponse<String> report = write(admin, base);
    assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
    assertThat(report.body()).contains("mirror of gambia for " + base);
    // The report names the site's links to pages that are not there: broken on the live site too.
    Matcher problem = PROBLEM.matcher(report.body());
    while (problem.find()) {
      String live = "/" + OFFICE + problem.group(1);
      assertThat(new Browser(MeridianServer.server()).get(live).statusCode())
          .as(problem.group())
          .isEqualTo(Integer.parseInt(problem.group(2)));
      missingOnTheLiveSite.add(live);
    }
    assertThat(report.body().lines().filter(l -> l.startsWith("problem:")).count())
        .as(report.body())
        .isEqualTo(missingOnTheLiveSite.size());

    HttpResponse<byte[]> zip =
        admin.getBytes("/admin/mirror/zip?office=" + OFFICE, Map.of());
    assertThat(zip.statusCode()).isEqualTo(200);
    Path root = served.resolve("crisis/gambia");
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        Path file = root.resolve(e.getName()).normalize();
        assertThat(file.startsWith(root)).as(e.getName()).isTrue();
        Files.createDirectories(file.getParent());
        Files.write(file, in.readAllBytes());
      }
    }
    assertThat(root.resolve("en/index.html")).exists();
    assertThat(root.resolve("sitemap.xml")).exists();
    assertThat(root.resolve("en/feed.rss")).exists();
    try (var media = Files.walk(root.resolve("media"))) {
      assertThat(media.filter(Files::isRegularFile).count()).isPositive();
    }
  }

  @Test
  @Order(2)
  void theMirrorServedByAPlainStaticServerHasNoBrokenLinkAndReadsAsTheLiveSite()
      throws Exception {
    Map<String, Document> pages = new LinkedHashMap<>();
    List<String> broken = new ArrayList<>();
    Deque<String> queue = new ArrayDeque<>(List.of(base + "/"));
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (!queue.isEmpty()) {
      String url = queue.poll();
      if (!seen.add(url)) {
        continue;
      }
      HttpResponse<byte[]> answer = fetch(url);
      if (answer.statusCode() != 200) {
        broken.add(url + " " + answer.statusCode());
        continue;
      }
      String type = answer.headers().firstValue("Content-Type").orElse("");
      if (!type.startsWith("text/html")) {
        continue;
      }
      Document doc = Jsoup.parse(new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8), url);
      pages.put(url, doc);
      for (Element link : doc.select("a[href], link[href], img[src], source[srcset], img[srcset], form[action]")) {
        List<String> targets = new ArrayList<>();
        if (link.hasAttr("srcset")) {
          for (String candidate : link.attr("srcset").split(",")) {
            targets.add(URI.create(url).resolve(candidate.strip().split(" ")[0]).toString());
          }
        }
        for (String attribute : List.of("href", "src", "action")) {
          if (link.hasAttr(attribute)) {
            targets.add(link.absUrl(attribute));
          }
        }
        for (String target : targets) {
          String noFragment = target.replaceFirst("#.*$", "");
          if (noFragment.startsWith(base + "/")) {
            queue.add(noFragment);
          }
        }
      }
      // what the page points to from its head and body is also in the sitemap, checked below
    }
    // Every address of the sitemap is a file of the mirror too.
    String sitemap = new String(fetch(base + "/sitemap.xml").body(), java.nio.charset.StandardCharsets.UTF_8);
    Matcher loc = Pattern.compile("<loc>([^<]+)</loc>").matcher(sitemap);
    int locs = 0;
    while (loc.find()) {
      locs++;
      assertThat(loc.group(1)).startsWith(base + "/");
      if (fetch(loc.group(1)).statusCode() != 200) {
        broken.add(loc.group(1) + " (sitemap)");
      }
    }
    assertThat(locs).isGreaterThan(5);
    assertThat(broken).as("broken links of the mirror").isEmpty();
    assertThat(pages.size()).isGreaterThan(10);

    Browser visitor = new Browser(MeridianServer.server());
    List<String> differences = new ArrayList<>();
    int compared = 0;
    for (Map.Entry<String, Document> page : pages.entrySet()) {
      String rel = page.getKey().substring(base.length());
      if (rel.equals("/") || rel.matches("/[a-z]{2}/search/")) {
        continue;
      }
      String live = "/" + OFFICE + rel.replaceFirst("/page/(\\d+)/$", "?page=$1").replaceFirst("(.)/$", "$1");
      if (live.matches("/" + OFFICE + "/[a-z]{2}")) {
        live += "/";
      }
      HttpResponse<String> original = visitor.get(live);
      if (original.statusCode() != 200 && !missingOnTheLiveSite.contains(live)) {
        differences.add(rel + ": the live " + live + " answers " + original.statusCode());
        continue;
      }
      compared++;
      Main a = Main.of(Jsoup.parse(original.body(), MeridianServer.server().uri("/").toString()));
      Main b = Main.of(page.getValue());
      if (!a.equals(b)) {
        differences.add(rel + ":\n  live   " + a + "\n  mirror " + b);
      }
    }
    assertThat(differences).as("pages of the mirror against the live site").isEmpty();
    assertThat(compared).isGreaterThan(10);

    // Search is a note, in the page's language.
    Document search = pages.get(base + "/en/search/");
    assertThat(search).isNotNull();
    assertThat(search.select("main").text()).contains("Search is not available here");
    Document searchFr = pages.get(base + "/fr/search/");
    if (searchFr != null) {
      assertThat(searchFr.select("main").text()).contains("La recherche n’est pas disponible ici");
    }
  }

  @Test
  @Order(3)
  void writingItAgainWritesNothingAndAnEditorMayNot() {
    HttpResponse<String> again = write(signedIn(ADMIN), base);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    Matcher counts = COUNTS.matcher(again.body());
    assertThat(counts.find()).as(again.body()).isTrue();
    assertThat(counts.group(2)).as(again.body()).isEqualTo("0");
    assertThat(counts.group(4)).as(again.body()).isEqualTo("0");

    HttpResponse<String> refused = write(signedIn(EDITOR), base);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(signedIn(EDITOR).getBytes("/admin/mirror/zip?office=" + OFFICE, Map.of()).statusCode())
        .isEqualTo(403);
  }

  @Test
  @Order(4)
  void aPublicationRefreshesTheMirrorRewritingOnlyTheFilesThatShowIt() throws Exception {
    // The folder on the server (the suite server runs on this machine, in its own directory).
    HttpResponse<String> report = write(signedIn(ADMIN), base);
    Matcher in = Pattern.compile(" in (\\S+)").matcher(report.body());
    assertThat(in.find()).as(report.body()).isTrue();
    Path folder = MeridianServer.workdir("suite").resolve(in.group(1)).normalize();
    assertThat(folder.resolve("sitemap.xml")).as("the mirror's folder").exists();
    Map<String, java.nio.file.attribute.FileTime> before = modified(folder);
    // File systems keep modification times to the second at worst.
    Thread.sleep(1_100);

    ConsoleSession admin = ConsoleSession.signIn(ADMIN);
    String token = ApiTokenIT.issue(admin, "Mirror refresh " + System.nanoTime(), "WRITE");
    Map<String, String> bearer = Map.of("Authorization", "Bearer " + token);
    String slug = "wells-reopened-" + System.nanoTime();
    String title = "Wells reopened in the river villages " + System.nanoTime();
    int logFrom = MeridianServer.server().logText().length();
    Browser api = new Browser(MeridianServer.server());
    HttpResponse<String> created =
        api.postJson(
            "/api/v1/offices/" + OFFICE + "/items",
            bearer,
            "{\"type\":\"news\",\"language\":\"en\",\"slug\":\"" + slug + "\",\"title\":\""
                + title + "\",\"body\":\"<p>Four wells give water again.</p>\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long item =
        ((jakarta.json.JsonObject) JsonBodies.parse(created.body())).getJsonNumber("id").longValue();
    HttpResponse<String> published =
        api.postJson(
            "/api/v1/offices/" + OFFICE + "/items/" + item + "/steps",
            bearer,
            "{\"step\":\"PUBLISH\"}");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);

    // The refresh runs by itself in the background and says what it wrote.
    Pattern refreshedLine =
        Pattern.compile("Mirror of " + OFFICE + " refreshed: (\\d+) written, (\\d+) removed");
    int reported = 0;
    for (int i = 0; i < 120 && reported == 0; i++) {
      Thread.sleep(500);
      reported = writtenByRefreshes(refreshedLine, logFrom);
    }
    assertThat(reported).as("a refresh that wrote files, in the server's log").isPositive();
    Thread.sleep(2_000); // a second refresh, if one was queued meanwhile, is counted too
    reported = writtenByRefreshes(refreshedLine, logFrom);
    Map<String, java.nio.file.attribute.FileTime> after = modified(folder);
    java.util.Set<String> written = new java.util.TreeSet<>();
    after.forEach(
        (file, time) -> {
          if (!time.equals(before.get(file)) && !file.startsWith(".meridian-mirror")) {
            written.add(file);
          }
        });

    assertThat(written).as("the files it wrote").hasSize(reported);
    assertThat(written)
        .contains("en/index.html", "en/news/index.html", "en/feed.rss", "en/feed.atom", "sitemap.xml")
        .anyMatch(file -> file.contains(slug) && file.endsWith("index.html"));
    String article =
        written.stream().filter(f -> f.contains(slug) && f.endsWith("index.html")).findFirst().get();
    assertThat(Files.readString(folder.resolve(article))).contains(title);
    assertThat(Files.readString(folder.resolve("en/news/index.html"))).contains(title);
    assertThat(Files.readString(folder.resolve("en/feed.rss"))).contains(title);
    assertThat(Files.readString(folder.resolve("sitemap.xml"))).contains(slug);
    // Nothing else: media files and style sheets are never written again, nor pages that do not
    // show the article.
    assertThat(written).noneMatch(f -> f.startsWith("media/") || f.startsWith("_assets/"));
    long pagesLeftAlone =
        after.keySet().stream().filter(f -> f.endsWith(".html") && !written.contains(f)).count();
    assertThat(pagesLeftAlone).as("pages not written again").isGreaterThan(written.size());
    before.forEach(
        (file, time) -> {
          if (!written.contains(file) && !file.startsWith(".meridian-mirror")) {
            assertThat(after.get(file)).as(file).isEqualTo(time);
          }
        });
  }

  /** The files the refreshes logged since {@code from} say they wrote, in all. */
  private static int writtenByRefreshes(Pattern line, int from) {
    Matcher refreshed = line.matcher(MeridianServer.server().logText().substring(from));
    int written = 0;
    while (refreshed.find()) {
      written += Integer.parseInt(refreshed.group(1));
    }
    return written;
  }

  /** Every file of the folder, by its path inside it, with when it was last written. */
  private static Map<String, java.nio.file.attribute.FileTime> modified(Path folder)
      throws IOException {
    Map<String, java.nio.file.attribute.FileTime> times = new java.util.TreeMap<>();
    try (var files = Files.walk(folder)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        times.put(
            folder.relativize(file).toString().replace('\\', '/'),
            Files.getLastModifiedTime(file));
      }
    }
    return times;
  }

  private static HttpResponse<byte[]> fetch(String url) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /**
   * A page's main content as a reader meets it: its text, its links by where they lead below the
   * site (addresses made comparable: the office's prefix or the mirror's base taken off, a page's
   * final slash and list pages as queries) and its images by file name.
   */
  private record Main(String title, String text, List<String> links, List<String> images) {
    static Main of(Document doc) {
      Element main = doc.selectFirst("main");
      assertThat(main).as(doc.location()).isNotNull();
      // The news filters need a server: the mirror leaves them out (docs/mirror.md).
      main.select("script, style, form.filters").remove();
      List<String> links = new ArrayList<>();
      main.select("a[href]").forEach(a -> links.add(normal(a.absUrl("href"))));
      List<String> images = new ArrayList<>();
      main.select("img[src]").forEach(i -> images.add(i.attr("src").replaceFirst("^.*/", "")));
      return new Main(doc.title(), main.text(), links, images);
    }

    private static String normal(String url) {
      // Share links carry the page's address encoded: compared decoded, like the rest.
      String p = java.net.URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
      String server = MeridianServer.server().uri("").toString();
      p =
          p.replace(base + "/", "{site}/")
              .replace(server + "/" + OFFICE + "/", "{site}/")
              .replace(server + "/media/", "{site}/media/")
              .replace(server + "/", "{server}/");
      return p.replaceAll("/page/(\\d+)/(#.*)?$", "?page=$1$2")
          .replaceAll("^(\\{site\\}/.+?)/(#.*)?$", "$1$2")
          .replaceAll("^\\{site\\}/([a-z]{2})$", "{site}/$1/");
    }

  }
}
