package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * HQ's network health dashboard and each office's own detail: what the demo network's problems look
 * like there, sorting, the region filter, the CSV, and who may see what.
 */
@ExtendWith(MeridianServer.class)
class NetworkHealthIT {

  private static final String HQ_ADMIN = "hq.admin@meridian.example.org";
  private static final String GAMBIA_ADMIN = "gambia.admin@meridian.example.org";
  private static final String GAMBIA_EDITOR = "gambia.editor@meridian.example.org";
  private static final String REGION = "west-central-africa";

  private static List<String> codes(Document page) {
    return page.select("table#network tbody tr").eachAttr("data-office");
  }

  private static long figure(Document page, String office, String column) {
    Element cell =
        page.selectFirst("tr[data-office=" + office + "] td[data-column=" + column + "]");
    assertThat(cell).as("%s of %s", column, office).isNotNull();
    return Long.parseLong(cell.text());
  }

  @Test
  void hqSeesARowPerOfficeWithTheDemoNetworksProblems() {
    ConsoleSession hq = ConsoleSession.signIn(HQ_ADMIN);
    Document page = hq.open("/admin/network.xhtml");

    assertThat(codes(page)).contains("hq", REGION, "gambia", "senegal", "mali");
    // The Gambia's "Take action" page links to a volunteer programme page nobody wrote.
    assertThat(figure(page, "gambia", "broken-links")).isGreaterThanOrEqualTo(1);
    // One Senegal news item waits for its review in the demo.
    assertThat(figure(page, "senegal", "waiting-for-review")).isGreaterThanOrEqualTo(1);
    assertThat(page.selectFirst("tr[data-office=senegal] td[data-column=waiting-since]").text())
        .matches("[0-9]+ [dh]");
    assertThat(figure(page, "mali", "broken-links")).isZero();
    assertThat(page.selectFirst("tr[data-office=gambia] td:nth-child(9)").text()).isEqualTo(REGION);
  }

  @Test
  void anyColumnSortsTheRowsAndBadSortNamesFallBackWithoutEcho() {
    ConsoleSession hq = ConsoleSession.signIn(HQ_ADMIN);

    Document byLinks = hq.open("/admin/network.xhtml?sort=broken-links");
    List<Long> links =
        byLinks.select("td[data-column=broken-links]").eachText().stream()
            .map(Long::parseLong)
            .toList();
    assertThat(links).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    assertThat(links.get(0)).isPositive();
    assertThat(byLinks.selectFirst("th[aria-sort=descending]").text())
        .isEqualTo("Broken internal links");

    Document byCode = hq.open("/admin/network.xhtml?sort=office");
    assertThat(codes(byCode)).isSorted();
    assertThat(byCode.selectFirst("th[aria-sort=ascending]").text()).isEqualTo("Code");

    HttpResponse<String> hostile =
        hq.get("/admin/network.xhtml?sort=%3Cscript%3Ealert(1)%3C/script%3E&region=%3Cb%3E");
    assertThat(hostile.statusCode()).isEqualTo(200);
    assertThat(hostile.body()).doesNotContain("<script>alert(1)").doesNotContain("<b>");
    assertThat(codes(org.jsoup.Jsoup.parse(hostile.body()))).contains("hq", "gambia");
  }

  @Test
  void theRegionFilterKeepsTheRegionsOfficesAndTheCsvHoldsExactlyTheRowsShown() {
    ConsoleSession hq = ConsoleSession.signIn(HQ_ADMIN);
    Document page = hq.open("/admin/network.xhtml?region=" + REGION + "&sort=office");

    List<String> shown = codes(page);
    assertThat(shown).contains(REGION, "gambia", "senegal").doesNotContain("hq");
    String link = page.getElementById("csv").attr("href");
    assertThat(link).isEqualTo("network-health.csv?sort=office&region=" + REGION);

    HttpResponse<String> csv = hq.get("/admin/" + link);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
        .startsWith("attachment; filename=\"meridian-network-health-");
    List<String> lines = Arrays.asList(csv.body().split("\r\n"));
    assertThat(lines.get(0))
        .startsWith("office,name,type,status,region,items,live,last_published,past_review_by");
    assertThat(lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)[0]).toList())
        .containsExactlyElementsOf(shown);

    assertThat(hq.get("/admin/network-health.csv?region=nowhere").statusCode()).isEqualTo(400);
  }

  @Test
  void anOfficeAdministratorSeesTheirOwnOfficeInDetailAndNothingOfTheNetwork() {
    ConsoleSession gambia = ConsoleSession.signIn(GAMBIA_ADMIN);

    Document own = gambia.open("/admin/health.xhtml");
    assertThat(own.select("#nav-health")).isNotEmpty();
    assertThat(own.getElementById("health-office").text()).contains("(gambia)");
    assertThat(own.select("#broken-links li").text()).contains("/gambia/en/volunteer-programme");
    assertThat(own.select("#broken-links li a").attr("href"))
        .startsWith("/admin/content/edit.xhtml?item=");
    assertThat(own.select("#broken-links li").text()).doesNotContain("/gambia/en/our-work");

    Document other = gambia.open("/admin/health.xhtml?of=senegal");
    assertThat(other.getElementById("not-allowed")).isNotNull();
    assertThat(other.getElementById("figures")).isNull();
    assertThat(other.text()).doesNotContain("Senegal (senegal)");

    assertThat(gambia.get("/admin/network.xhtml").statusCode()).isEqualTo(403);
    assertThat(gambia.get("/admin/network-health.csv").statusCode()).isEqualTo(403);
  }

  @Test
  void editorsAreRefusedTheDetailAndHqReadsAnyOfficeOnTheRecord() {
    ConsoleSession editor = ConsoleSession.signIn(GAMBIA_EDITOR);
    Document refused = editor.open("/admin/health.xhtml");
    assertThat(refused.getElementById("not-allowed").text()).contains("Not allowed");
    assertThat(refused.select("#nav-health")).isEmpty();
    assertThat(refused.getElementById("broken-links")).isNull();

    ConsoleSession hq = ConsoleSession.signIn(HQ_ADMIN);
    Document gambia = hq.open("/admin/health.xhtml?of=gambia");
    assertThat(gambia.select("#broken-links li").text()).contains("/gambia/en/volunteer-programme");
    assertThat(gambia.select("#broken-links li a"))
        .as("not HQ's own items: no edit links")
        .isEmpty();
    Document trail = hq.open("/admin/audit.xhtml?action=hq.read-across-offices&person=hq.admin");
    assertThat(trail.select("table#entries tbody tr").eachText())
        .anyMatch(
            row -> row.contains("one office in detail") && row.contains("read office gambia"));

    HttpResponse<String> nonsense = hq.get("/admin/health.xhtml?of=%3Cscript%3E");
    assertThat(nonsense.statusCode()).isEqualTo(200);
    assertThat(org.jsoup.Jsoup.parse(nonsense.body()).getElementById("not-allowed").text())
        .isEqualTo("Not allowed: No such office.");
  }
}
