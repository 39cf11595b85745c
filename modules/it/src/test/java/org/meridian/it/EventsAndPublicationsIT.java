package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public lists of events and publications on the suite's server: upcoming and past events split
 * at the present moment and shown in the office's time, publications with their cover and downloads
 * (type and size), drafts and other offices' items never listed, and page numbers that are not
 * pages answered with a 404, never a 500.
 */
@ExtendWith(MeridianServer.class)
class EventsAndPublicationsIT {

  private static final String GAMBIA_EDITOR = "gambia.editor@meridian.example.org";
  private static final String SENEGAL_EDITOR = "senegal.editor@meridian.example.org";
  private static final ZoneId BANJUL = ZoneId.of("Africa/Banjul");
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
  private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

  private static String upcoming;
  private static String past;
  private static String draftEvent;
  private static String publication;
  private static String publicationSlug;
  private static String draftPublication;
  private static String senegalEvent;
  private static String senegalPublication;
  private static LocalDateTime upcomingStart;
  private static long pdfId;
  private static long coverId;
  private static int pdfBytes;

  /** A signed-in editor of one office, working in the console like a browser without scripts. */
  private record Editor(Browser browser) {

    static Editor signIn(String email) {
      Browser browser = new Browser(MeridianServer.server());
      FacesForms.signedInAt(browser, email, "/admin/index.xhtml");
      return new Editor(browser);
    }

    Document open(String path) {
      HttpResponse<String> page = browser.get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      return FacesForms.parse(page);
    }

    Document press(Document page, String button, Map<String, String> values) {
      return FacesForms.parse(
          FacesForms.submit(
              browser, page, button.substring(0, button.indexOf(':')), button, values));
    }

    /** Creates a draft of {@code type} from the editor's form; returns its editor page. */
    Document draft(String type, Map<String, String> values) {
      Document created =
          press(open("/admin/content/edit.xhtml?type=" + type + "&lang=en"), "edit:save", values);
      assertThat(created.select(".notice").text())
          .as(created.select(".error, .field-error").text())
          .contains("created as a draft");
      return created;
    }

    void publish(Document editor) {
      Document published = press(editor, "publishing:publish", Map.of());
      assertThat(published.select(".notice").text()).contains("is live");
    }

    /** For an office that asks for review: submits, and the office's publisher publishes. */
    void publishReviewed(String office, Document editor) {
      Document submitted = press(editor, "publishing:submit", Map.of());
      assertThat(submitted.select(".notice").text()).contains("Submitted for review");
      String href = editor.getElementById("tab-edit").attr("href");
      ReviewedPublishing.approveAndPublish(
          office, Long.parseLong(href.substring(href.indexOf("item=") + 5)));
    }

    /** Uploads a file to the office's library; returns its id. */
    long upload(String title, String fileName, byte[] file, String altText) {
      Map<String, String> fields = new HashMap<>(Map.of("upload:title", title));
      if (altText != null) {
        fields.put("upload:altText", altText);
      }
      HttpResponse<String> response =
          MultipartForms.submit(
              browser,
              open("/admin/media.xhtml"),
              "upload",
              "upload:upload-button",
              fields,
              "upload:file",
              fileName,
              file);
      Document grid = FacesForms.parse(response);
      assertThat(grid.select(".notice").text()).contains("was added to the library");
      Element card =
          grid.select("#media-grid li").stream()
              .filter(li -> li.selectFirst("a").text().equals(title))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no card " + title));
      return Long.parseLong(card.attr("data-media-id"));
    }
  }

  private static String unique(String prefix) {
    return prefix + " " + Long.toString(UNIQUE.incrementAndGet(), 36);
  }

  private static Map<String, String> event(String title, LocalDateTime start) {
    return Map.of(
        "edit:title",
        title,
        "edit:summary",
        "Summary of " + title,
        "edit:field-start",
        start.format(LOCAL),
        "edit:field-start-zone",
        "Africa/Banjul",
        "edit:field-end",
        start.plusHours(2).format(LOCAL),
        "edit:field-end-zone",
        "Africa/Banjul",
        "edit:field-venue",
        "Banjul");
  }

  @BeforeAll
  static void content() {
    Editor gambia = Editor.signIn(GAMBIA_EDITOR);
    byte[] pdf =
        ("%PDF-1.4\n1 0 obj<<>>endobj\n" + "x".repeat(3000) + "\ntrailer<<>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    pdfBytes = pdf.length;
    pdfId = gambia.upload(unique("Annual report file"), "annual-report.pdf", pdf, null);
    coverId =
        gambia.upload(
            unique("Report cover"),
            "cover.jpg",
            MediaLibraryIT.jpeg(600, 800),
            "Cover: a yellow sun on green");

    LocalDateTime now = LocalDateTime.now(BANJUL).withSecond(0).withNano(0);
    upcomingStart = now.plusDays(30).withHour(10).withMinute(0);
    upcoming = unique("Upcoming fair");
    gambia.publish(gambia.draft("EVENT", event(upcoming, upcomingStart)));
    past = unique("Past workshop");
    gambia.publish(gambia.draft("EVENT", event(past, now.minusDays(30).withHour(9))));
    draftEvent = unique("Draft meeting");
    gambia.draft("EVENT", event(draftEvent, now.plusDays(31)));

    publication = unique("Migration report");
    publicationSlug = "report-" + Long.toString(UNIQUE.incrementAndGet(), 36);
    gambia.publish(
        gambia.draft(
            "PUBLICATION",
            Map.of(
                "edit:title",
                publication,
                "edit:slug",
                publicationSlug,
                "edit:summary",
                "What the year showed",
                "edit:field-year",
                "2026",
                "edit:field-documents",
                String.valueOf(pdfId),
                "edit:field-cover",
                String.valueOf(coverId))));
    draftPublication = unique("Unfinished report");
    gambia.draft("PUBLICATION", Map.of("edit:title", draftPublication));

    Editor senegal = Editor.signIn(SENEGAL_EDITOR);
    senegalEvent = unique("Senegal forum");
    senegal.publishReviewed(
        "senegal", senegal.draft("EVENT", event(senegalEvent, now.plusDays(30))));
    senegalPublication = unique("Senegal study");
    senegal.publishReviewed(
        "senegal", senegal.draft("PUBLICATION", Map.of("edit:title", senegalPublication)));
  }

  private static HttpResponse<String> get(String path) {
    return new Browser(MeridianServer.server()).get(path);
  }

  /** Every page of a list, following its "next" links. */
  private static List<Document> allPages(String path) {
    List<Document> pages = new ArrayList<>();
    String next = path;
    while (next != null && pages.size() < 50) {
      HttpResponse<String> response = get(next);
      assertThat(response.statusCode()).as(next).isEqualTo(200);
      Document page = FacesForms.parse(response);
      pages.add(page);
      Element link = page.selectFirst("a[rel=next]");
      next = link == null ? null : link.attr("href");
    }
    return pages;
  }

  /** The list entry titled {@code title}, on any page of the list, or {@code null}. */
  private static Element entry(String path, String title) {
    for (Document page : allPages(path)) {
      for (Element li : page.select("main ul.events > li, main ul.publications > li")) {
        Element link = li.selectFirst("a:not(ul.downloads a)");
        if (link != null && link.text().equals(title)) {
          return li;
        }
      }
    }
    return null;
  }

  private static String listText(String path) {
    return String.join(" ", allPages(path).stream().map(d -> d.select("main").text()).toList());
  }

  @Test
  void upcomingAndPastEventsAreSplitAndShownInTheOfficesTime() {
    Element soon = entry("/gambia/en/events", upcoming);
    assertThat(soon).as("the upcoming event among the upcoming ones").isNotNull();
    assertThat(soon.select("time").first().attr("datetime"))
        .isEqualTo(upcomingStart.format(LOCAL) + ":00Z");
    assertThat(soon.select(".when").text()).contains("(Africa/Banjul)");
    assertThat(soon.selectFirst("a").attr("href")).startsWith("/gambia/en/");
    assertThat(entry("/gambia/en/events", past)).isNull();

    assertThat(entry("/gambia/en/events/past", past)).isNotNull();
    assertThat(entry("/gambia/en/events/past", upcoming)).isNull();

    Document first = allPages("/gambia/en/events").get(0);
    assertThat(first.select("h1").text()).isEqualTo("Upcoming events");
    assertThat(first.select("a[href=/gambia/en/events/past]")).hasSize(1);
    assertThat(first.select("link[rel=canonical]").attr("href")).endsWith("/gambia/en/events");
  }

  @Test
  void publicationsShowTheirCoverAndDownloadsWithTypeAndSize() {
    Element listed = entry("/gambia/en/publications", publication);
    assertThat(listed).isNotNull();
    Element download = listed.selectFirst("ul.downloads a");
    assertThat(download).isNotNull();
    assertThat(download.attr("href")).startsWith("/media/gambia/" + pdfId + "/original/");
    assertThat(download.attr("type")).isEqualTo("application/pdf");
    String size = (pdfBytes + 1023) / 1024 + " KB";
    assertThat(listed.select(".file").text()).isEqualTo("(PDF, " + size + ")");
    assertThat(listed.select(".card-image img").attr("src"))
        .startsWith("/media/gambia/" + coverId);
    assertThat(listed.select(".kind").text()).isEqualTo("2026");

    HttpResponse<String> file = get(download.attr("href"));
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
    // a download, never shown inline from the site's origin, where a script in it could run
    assertThat(file.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(disposition -> assertThat(disposition).startsWith("attachment;"));
    assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

    HttpResponse<String> itemPage = get("/gambia/en/" + publicationSlug);
    assertThat(itemPage.statusCode()).isEqualTo(200);
    Document page = FacesForms.parse(itemPage);
    assertThat(page.select("figure.cover img").attr("alt"))
        .isEqualTo("Cover: a yellow sun on green");
    assertThat(page.select("figure.cover img").attr("src")).startsWith("/media/gambia/" + coverId);
    assertThat(page.select("section.downloads h2").text()).isEqualTo("Downloads");
    assertThat(page.select("section.downloads a").attr("href")).isEqualTo(download.attr("href"));
    assertThat(page.select("section.downloads .file").text()).isEqualTo("(PDF, " + size + ")");
  }

  @Test
  void theDemoPublicationShowsItsCoverAndItsReport() {
    Document page = FacesForms.parse(get("/gambia/en/year-in-review"));
    assertThat(page.select("figure.cover img").attr("alt"))
        .startsWith("Cover of the year in review");
    Element report = page.selectFirst("section.downloads a");
    assertThat(report).isNotNull();
    assertThat(report.text()).isEqualTo("The year in review (full report)");
    assertThat(page.select("section.downloads .file").text()).matches("\\(PDF, \\d+ KB\\)");
    HttpResponse<String> file = get(report.attr("href"));
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.body()).startsWith("%PDF-1.4");
  }

  @Test
  void draftsAreNeverListed() {
    assertThat(listText("/gambia/en/events")).doesNotContain(draftEvent);
    assertThat(listText("/gambia/en/events/past")).doesNotContain(draftEvent);
    assertThat(listText("/gambia/en/publications")).doesNotContain(draftPublication);
    assertThat(get("/gambia/sitemap.xml").body())
        .contains("/gambia/en/events")
        .contains("/gambia/en/publications");
  }

  @Test
  void anotherOfficesItemsAreNeverListed() {
    assertThat(listText("/gambia/en/events")).doesNotContain(senegalEvent).contains(upcoming);
    assertThat(listText("/gambia/en/publications"))
        .doesNotContain(senegalPublication)
        .contains(publication);
    assertThat(listText("/senegal/en/events")).contains(senegalEvent).doesNotContain(upcoming);
    assertThat(listText("/senegal/en/publications"))
        .contains(senegalPublication)
        .doesNotContain(publication);
  }

  @Test
  void pageNumbersThatAreNotPagesAreNotFound() {
    for (String list : List.of("events", "events/past", "publications")) {
      String path = "/gambia/en/" + list;
      Document first = FacesForms.parse(get(path));
      String pager = first.select(".pager [aria-current=page]").text();
      int pages = pager.isEmpty() ? 1 : Integer.parseInt(pager.replaceAll(".* of ", ""));
      assertThat(get(path + "?page=1").statusCode()).as("%s page 1", list).isEqualTo(200);
      assertThat(get(path + "?page=" + pages).statusCode()).as("%s last page", list).isEqualTo(200);
      for (String bad :
          List.of(
              "0",
              "-1",
              "abc",
              "1.5",
              "",
              String.valueOf(pages + 1),
              "999999",
              "99999999999999999999")) {
        HttpResponse<String> response = get(path + "?page=" + bad);
        assertThat(response.statusCode()).as("%s?page=%s", list, bad).isEqualTo(404);
        assertThat(response.body()).contains("Page not found").doesNotContain("Exception");
      }
    }
  }

  @Test
  void theListsAddressesAreReservedSlugs() {
    Editor gambia = Editor.signIn(GAMBIA_EDITOR);
    for (String slug : List.of("events", "publications")) {
      Document refused =
          gambia.press(
              gambia.open("/admin/content/edit.xhtml?type=PAGE&lang=en"),
              "edit:save",
              Map.of("edit:title", unique("Squatter"), "edit:slug", slug));
      assertThat(refused.select(".error, .field-error").text())
          .as(slug)
          .contains("The address '" + slug + "' is reserved");
      assertThat(refused.select(".notice").text()).doesNotContain("created");
    }
  }
}
