package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Full-text search: the public search page of an office's site (live items only, stemmed, ranked,
 * highlighted), the console's search field (drafts too), office isolation, and hostile queries.
 */
@ExtendWith(MeridianServer.class)
@Tag("embedded-db") // also on H2: the embedded search engine
class SearchIT {

  private static final String GAMBIA_ADMIN = "gambia.admin@meridian.example.org";
  private static final String SENEGAL_EDITOR = "senegal.editor@meridian.example.org";
  private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

  private Browser visitor;

  @BeforeEach
  void newVisitor() {
    visitor = new Browser(MeridianServer.server());
  }

  /** A made-up word nobody else uses: letters only, so that it is one word to a search. */
  private static String word() {
    StringBuilder letters = new StringBuilder("zq");
    for (long n = UNIQUE.incrementAndGet(); n > 0; n /= 26) {
      letters.append((char) ('a' + n % 26));
    }
    return letters.append('x').toString();
  }

  /**
   * Sends {@code target} byte for byte over HTTP/1.1 (as HostileRequestsIT does: a 10 KB request
   * line is a matter for the server, not for the test's HTTP/2 client) and returns the status and
   * the body.
   */
  private static Raw raw(String target) {
    try (Socket socket = new Socket("127.0.0.1", MeridianServer.server().port())) {
      socket.setSoTimeout(15_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int bodyAt = response.indexOf("\r\n\r\n");
      return new Raw(
          Integer.parseInt(response.substring(9, 12)),
          bodyAt < 0 ? "" : response.substring(bodyAt + 4));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private record Raw(int status, String body) {}

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private HttpResponse<String> search(String office, String lang, String query) {
    return visitor.get("/" + office + "/" + lang + "/search?q=" + encode(query));
  }

  private Document results(String office, String lang, String query) {
    HttpResponse<String> response = search(office, lang, query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Jsoup.parse(response.body());
  }

  private static List<String> titles(Document page) {
    return page.select("ol.search-results > li .card-title a").eachText();
  }

  /** Creates an item in the console; returns its id. Published unless {@code draft}. */
  private static long create(
      ConsoleSession session, String lang, String title, String body, boolean draft) {
    Document form = session.open("/admin/content/edit.xhtml?type=NEWS&lang=" + lang);
    Document created =
        session.submit(
            form,
            "edit",
            Map.of(
                "edit:title",
                title,
                "edit:slug",
                "",
                "edit:summary",
                "Summary of " + title,
                "edit:body_input",
                body),
            "edit:save");
    assertThat(created.select(".notice").text()).as(created.text()).contains("created as a draft");
    if (!draft) {
      Document published = session.submit(created, "publishing", Map.of(), "publishing:publish");
      assertThat(published.select(".notice").text()).contains("is live");
    }
    String href = created.getElementById("tab-edit").attr("href");
    return Long.parseLong(href.substring(href.indexOf("item=") + 5));
  }

  private static void publishThroughReview(ConsoleSession author, long id) {
    Document editor = author.open("/admin/content/edit.xhtml?item=" + id);
    author.submit(editor, "publishing", Map.of(), "publishing:submit");
    ReviewedPublishing.approveAndPublish("senegal", id);
  }

  private static List<String> consoleTitles(ConsoleSession session, String query) {
    Document list = session.open("/admin/index.xhtml?q=" + encode(query));
    return list.select("#content a.edit-link").eachText();
  }

  @Test
  void thePublicFindsAPublishedItemByAnotherFormOfItsWordsWithTheMatchMarked() {
    ConsoleSession admin = ConsoleSession.signIn(GAMBIA_ADMIN);
    String unique = word();
    String title = "Fishing cooperatives " + unique;
    create(
        admin,
        "en",
        title,
        "<p>The villagers were <b>harvesting</b> oysters in the mangroves.</p>",
        false);

    Document page = results("gambia", "en", "harvest " + unique);
    assertThat(titles(page)).containsExactly(title);
    Element hit = page.selectFirst("ol.search-results > li");
    assertThat(hit.selectFirst("a").attr("href")).startsWith("/gambia/en/");
    assertThat(hit.select(".kind").text()).isEqualTo("News");
    assertThat(hit.select("time")).hasSize(1);
    assertThat(hit.select(".snippet mark").eachText()).contains("harvesting");
    assertThat(hit.select(".snippet *").stream().map(Element::tagName).distinct())
        .containsOnly("mark");
    assertThat(page.select(".search-count").text())
        .isEqualTo("1 result for “harvest " + unique + "”");
    assertThat(page.select("label[for=search-q]")).hasSize(1);
    assertThat(page.getElementById("search-q").attr("value")).isEqualTo("harvest " + unique);
    assertThat(page.select("meta[name=robots]").attr("content")).contains("noindex");

    // Every page of the site has the search form in its header.
    Document home = Jsoup.parse(visitor.get("/gambia/en/").body());
    Element form = home.selectFirst("header form[role=search]");
    assertThat(form.attr("action")).isEqualTo("/gambia/en/search");
    assertThat(home.select("label[for=site-search]")).hasSize(1);
  }

  @Test
  void titleMatchesComeFirst() {
    ConsoleSession admin = ConsoleSession.signIn(GAMBIA_ADMIN);
    String unique = word();
    String inBody = "Annual report " + word();
    String inTitle = "Water points " + unique;
    create(admin, "en", inBody, "<p>A long text that mentions " + unique + " once.</p>", false);
    create(admin, "en", inTitle, "<p>Boreholes.</p>", false);
    assertThat(titles(results("gambia", "en", unique))).containsExactly(inTitle, inBody);
  }

  @Test
  void draftsAreNeverFoundByThePublicButEditorsFindThem() {
    ConsoleSession admin = ConsoleSession.signIn(GAMBIA_ADMIN);
    String unique = word();
    String title = "Unannounced plan " + unique;
    create(admin, "en", title, "<p>Not yet.</p>", true);

    Document page = results("gambia", "en", unique);
    assertThat(titles(page)).isEmpty();
    assertThat(page.select(".search-count").text()).startsWith("No results for");
    assertThat(consoleTitles(admin, unique)).containsExactly(title);

    // A live item's new draft: the public finds the live words, editors the draft's.
    String liveWord = word();
    String draftWord = word();
    long id = create(admin, "en", "Clinic opening " + liveWord, "<p>Opening.</p>", false);
    Document editor = admin.open("/admin/content/edit.xhtml?item=" + id);
    admin.submit(
        editor,
        "edit",
        Map.of("edit:body_input", "<p>Opening delayed: " + draftWord + ".</p>"),
        "edit:save");
    assertThat(titles(results("gambia", "en", liveWord))).hasSize(1);
    assertThat(titles(results("gambia", "en", draftWord))).isEmpty();
    assertThat(consoleTitles(admin, draftWord)).containsExactly("Clinic opening " + liveWord);
  }

  @Test
  void anotherOfficesItemsNeverAppear() {
    String unique = word();
    ConsoleSession senegal = ConsoleSession.signIn(SENEGAL_EDITOR);
    String title = "Senegal only " + unique;
    // Senegal asks for one review: its editor submits, its publisher approves and publishes.
    publishThroughReview(senegal, create(senegal, "en", title, "<p>Dakar.</p>", true));
    String draftTitle = "Senegal draft " + unique;
    create(senegal, "en", draftTitle, "<p>Thiès.</p>", true);

    assertThat(titles(results("senegal", "en", unique))).containsExactly(title);
    assertThat(titles(results("gambia", "en", unique))).isEmpty();
    assertThat(consoleTitles(ConsoleSession.signIn(GAMBIA_ADMIN), unique)).isEmpty();
    assertThat(consoleTitles(senegal, unique)).containsExactlyInAnyOrder(title, draftTitle);
    // Nor in another language of the same office.
    assertThat(titles(results("senegal", "fr", unique))).isEmpty();
  }

  @Test
  void itemsInTheTrashAreNotFound() {
    ConsoleSession admin = ConsoleSession.signIn(GAMBIA_ADMIN);
    String unique = word();
    long id = create(admin, "en", "Old campaign " + unique, "<p>Gone soon.</p>", false);
    assertThat(titles(results("gambia", "en", unique))).hasSize(1);
    Document history = admin.open("/admin/content/history.xhtml?item=" + id);
    Document asked = admin.submit(history, "trash", Map.of(), "trash:move-to-trash");
    admin.submit(asked, "trash", Map.of(), "trash:confirm-trash-button");
    assertThat(titles(results("gambia", "en", unique))).isEmpty();
    assertThat(consoleTitles(admin, unique)).isEmpty();
  }

  @Test
  void hostileQueriesGetAnEmptyResultOrA400NeverA500NorTheirMarkupBack() {
    for (String hostile :
        List.of(
            "<script>alert('search')</script>",
            "\"><img src=x onerror=alert(1)>",
            "' OR 1=1 --",
            "!!&|:*()",
            "news & !(",
            "a:* | b:* <-> c",
            "\u0000\u202e\uE000",
            "%00%3Cscript%3E",
            "-\"")) {
      Raw response = raw("/gambia/en/search?q=" + encode(hostile));
      assertThat(response.status()).as(hostile).isIn(200, 400);
      assertThat(response.body()).as(hostile).doesNotContain("<script>alert", "<img src=x");
    }
    assertThat(raw("/gambia/en/search?q=" + encode("<b>bold</b>")).body())
        .doesNotContain("<b>bold");
    // Not even encoded by the client: the raw characters in the request line.
    Raw unencoded = raw("/gambia/en/search?q=<script>alert(1)</script>");
    assertThat(unencoded.status()).isLessThan(500);
    assertThat(unencoded.body()).doesNotContain("<script>alert");

    // 10 KB of query: refused (by the server, or by the page without repeating it), never a 500.
    String huge = "x".repeat(10 * 1024);
    Raw tooLong = raw("/gambia/en/search?q=" + huge);
    assertThat(tooLong.status()).isBetween(400, 499);
    assertThat(tooLong.body()).doesNotContain(huge.substring(0, 300));
    Raw longWords = raw("/gambia/en/search?q=" + encode("water ".repeat(40)));
    assertThat(longWords.status()).isEqualTo(400);
    assertThat(Jsoup.parse(longWords.body()).select("[role=alert]").text())
        .contains("at most 200 characters");
  }

  @Test
  void absurdPageNumbersAreRefusedOrEmpty() {
    for (String page : List.of("abc", "-1", "0", "99999999999999", "1e9", "")) {
      Raw response = raw("/gambia/en/search?q=water&page=" + page);
      assertThat(response.status()).as(page).isEqualTo(400);
      assertThat(Jsoup.parse(response.body()).select("[role=alert]").text())
          .isEqualTo("This is not a page of results.");
    }
    Raw far = raw("/gambia/en/search?q=water&page=999999");
    assertThat(far.status()).isEqualTo(200);
    Document farPage = Jsoup.parse(far.body());
    assertThat(titles(farPage)).isEmpty();
    assertThat(farPage.text()).contains("There are no more results.");
  }

  @Test
  void resultsArePagedTenAtATime() {
    ConsoleSession admin = ConsoleSession.signIn(GAMBIA_ADMIN);
    String unique = word();
    for (int i = 0; i < 11; i++) {
      create(admin, "en", "Story " + i + " " + unique, "<p>Mobility.</p>", false);
    }
    Document first = results("gambia", "en", unique);
    assertThat(titles(first)).hasSize(10);
    assertThat(first.select(".search-count").text()).startsWith("11 results");
    String next = first.selectFirst("nav.pager a[rel=next]").attr("href");
    assertThat(next).isEqualTo("/gambia/en/search?q=" + unique + "&page=2");
    Document second = Jsoup.parse(visitor.get(next).body());
    assertThat(titles(second)).hasSize(1);
    assertThat(second.selectFirst("ol.search-results").attr("start")).isEqualTo("11");
  }

  @Test
  void theSearchPageSpeaksThePagesLanguage() {
    Document empty = results("senegal", "fr", "");
    assertThat(empty.selectFirst("h1").text()).isEqualTo("Rechercher");
    assertThat(empty.text()).contains("Saisissez un ou plusieurs mots");
    Document none = results("senegal", "fr", word());
    assertThat(none.select(".search-count").text()).startsWith("Aucun résultat pour");
  }

  @Test
  void theApiSearchesAnOfficesLiveContent() {
    ConsoleSession admin = ConsoleSession.signIn(GAMBIA_ADMIN);
    String unique = word();
    String title = "Radio programme " + unique;
    create(admin, "en", title, "<p>Listeners <i>call</i> in about " + unique + ".</p>", false);
    create(admin, "en", "Draft " + unique, "<p>Hidden.</p>", true);

    HttpResponse<String> found = visitor.get("/api/v1/offices/gambia/en/search?q=" + unique);
    assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
    jakarta.json.JsonObject body = (jakarta.json.JsonObject) JsonBodies.parse(found.body());
    assertThat(body.getInt("total")).isEqualTo(1);
    jakarta.json.JsonObject hit = body.getJsonArray("results").getJsonObject(0);
    assertThat(hit.getString("title")).isEqualTo(title);
    assertThat(hit.getString("url")).startsWith("/gambia/en/");
    assertThat(hit.getString("snippet")).contains("<mark>" + unique + "</mark>");
    assertThat(hit.getString("snippet")).doesNotContain("<i>");

    HttpResponse<String> elsewhere = visitor.get("/api/v1/offices/senegal/en/search?q=" + unique);
    assertThat(((jakarta.json.JsonObject) JsonBodies.parse(elsewhere.body())).getInt("total"))
        .isZero();
    assertThat(visitor.get("/api/v1/offices/gambia/en/search?q=" + "w".repeat(300)).statusCode())
        .isEqualTo(400);
    assertThat(visitor.get("/api/v1/offices/gambia/en/search?q=a&page=abc").statusCode())
        .isEqualTo(400);
    assertThat(visitor.get("/api/v1/offices/gambia/xx/search?q=a").statusCode()).isEqualTo(404);
    HttpResponse<String> hostile =
        visitor.get("/api/v1/offices/gambia/en/search?q=" + encode("<script>x</script> & !("));
    assertThat(hostile.statusCode()).isEqualTo(200);
    assertThat(hostile.body()).doesNotContain("<script>");
  }

  @Test
  void theConsoleRefusesOverlongSearchesOnTheField() {
    ConsoleSession admin = ConsoleSession.signIn(GAMBIA_ADMIN);
    Document list = admin.open("/admin/index.xhtml?q=" + "y".repeat(300));
    assertThat(list.getElementById("filter-q-error").text()).contains("at most 200 characters");
  }

  /**
   * The table that {@code EnginesAgreeTest} runs on both engines side by side (content module,
   * {@code agreement.txt}), here through the public sites of the pass's database: French documents
   * on Senegal's site, English ones on the Gambia's (no demo site publishes Arabic: its rows are
   * left to the unit test). Every title gets a word of this run, so that the rows look only at
   * these documents among whatever else the sites hold; results are read over every page.
   */
  @Test
  void theEnginesAgreementTableHoldsOnThePublicSites() throws IOException {
    String unique = word();
    ConsoleSession gambia = ConsoleSession.signIn(GAMBIA_ADMIN);
    ConsoleSession senegal = ConsoleSession.signIn(SENEGAL_EDITOR);
    Map<String, String> titleOfKey = new java.util.HashMap<>();
    List<List<String>> table = agreementTable();
    for (List<String> doc : table) {
      if (!doc.get(0).equals("doc") || doc.get(2).equals("ar")) {
        continue;
      }
      String title = doc.get(3) + " " + unique;
      String body = "<p>" + doc.get(4) + "</p>";
      titleOfKey.put(doc.get(1), title);
      if (doc.get(2).equals("fr")) {
        publishThroughReview(senegal, create(senegal, "fr", title, body, true));
      } else {
        create(gambia, doc.get(2), title, body, false);
      }
    }
    List<String> failures = new java.util.ArrayList<>();
    int checked = 0;
    for (List<String> row : table) {
      if (!row.get(0).equals("find") || row.get(1).equals("ar")) {
        continue;
      }
      String language = row.get(1);
      List<String> all = allTitles(language.equals("fr") ? "senegal" : "gambia", language, row.get(2));
      java.util.Set<String> found = new java.util.TreeSet<>();
      titleOfKey.forEach(
          (key, title) -> {
            if (all.contains(title)) {
              found.add(key);
            }
          });
      java.util.Set<String> expected = new java.util.TreeSet<>(List.of(row.get(3).split(" +")));
      expected.remove("-");
      if (!found.equals(expected)) {
        failures.add(
            "line " + row.get(4) + ": [" + language + "] " + row.get(2) + " found " + found
                + ", expected " + expected);
      }
      checked++;
    }
    assertThat(checked).isGreaterThan(30);
    assertThat(failures).isEmpty();
  }

  /** The titles of every page of results. */
  private List<String> allTitles(String office, String lang, String query) {
    Document page = results(office, lang, query);
    List<String> titles = new java.util.ArrayList<>(titles(page));
    for (int pages = 1; pages < 50; pages++) {
      Element next = page.selectFirst("nav.pager a[rel=next]");
      if (next == null) {
        break;
      }
      HttpResponse<String> response = visitor.get(next.attr("href"));
      assertThat(response.statusCode()).isEqualTo(200);
      page = Jsoup.parse(response.body());
      titles.addAll(titles(page));
    }
    return titles;
  }

  /** agreement.txt's lines cut at {@code |}, with the line number appended. */
  private static List<List<String>> agreementTable() throws IOException {
    java.nio.file.Path table = null;
    String file = "modules/content/src/test/resources/org/meridian/content/search/agreement.txt";
    for (java.nio.file.Path dir = java.nio.file.Path.of("").toAbsolutePath();
        dir != null;
        dir = dir.getParent()) {
      if (java.nio.file.Files.exists(dir.resolve(file))) {
        table = dir.resolve(file);
        break;
      }
    }
    assertThat(table).as("the agreement table " + file).isNotNull();
    List<List<String>> lines = new java.util.ArrayList<>();
    int number = 0;
    for (String line : java.nio.file.Files.readAllLines(table, StandardCharsets.UTF_8)) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> cells = new java.util.ArrayList<>();
      for (String cell : line.split("\\|")) {
        cells.add(cell.strip());
      }
      cells.add(String.valueOf(number));
      lines.add(cells);
    }
    return lines;
  }
}
