package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridian.tenancy.signin.LoginDigest;

/**
 * The audit trail end to end: what sign-ins, publishing (the demo load), API tokens and HQ's
 * network overview leave in it, who sees which entries in the console, and the CSV export.
 */
@ExtendWith(MeridianServer.class)
class AuditIT {

  private static final String HQ_ADMIN = "hq.admin@meridian.example.org";
  private static final String GAMBIA_ADMIN = "gambia.admin@meridian.example.org";
  private static final String GAMBIA_EDITOR = "gambia.editor@meridian.example.org";
  private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

  private static String unique() {
    return Long.toString(UNIQUE.incrementAndGet(), 36);
  }

  /**
   * The audit table's rows as cell texts: when, who, office, action, subject, from, before, after.
   */
  private static List<List<String>> entries(Document page) {
    return page.select("table#entries tbody tr").stream()
        .map(AuditIT::cells)
        .filter(cells -> cells.size() == 8 && !cells.get(3).isBlank())
        .toList();
  }

  /** The texts of a row's cells, empty ones included (jsoup's eachText leaves those out). */
  private static List<String> cells(org.jsoup.nodes.Element row) {
    return row.select("td").stream().map(org.jsoup.nodes.Element::text).toList();
  }

  @Test
  void hqSeesFailedAndSuccessfulSignInsWithoutWhatWasTyped() {
    String login = "nobody-" + unique() + "@example.org";
    String from = "198.51.100." + (UNIQUE.get() % 200 + 20);
    HttpResponse<String> refused =
        SignIn.as(new Browser(MeridianServer.server()), login, "not-the-password", from);
    assertThat(refused.body()).contains(SignIn.WRONG);

    ConsoleSession hq = ConsoleSession.signIn(HQ_ADMIN);
    Document failed = hq.open("/admin/audit.xhtml?action=signin.failed");
    assertThat(failed.select("#scope").text()).isEqualTo("all offices");
    String who = "unknown (login " + LoginDigest.ofLogin(login).substring(0, 12) + ")";
    assertThat(entries(failed))
        .anySatisfy(
            row -> {
              assertThat(row.get(1)).isEqualTo(who);
              assertThat(row.get(2)).isEqualTo("(network)");
              assertThat(row.get(3)).isEqualTo("signin.failed");
              assertThat(row.get(5)).isEqualTo(from);
            });
    assertThat(failed.text()).doesNotContain(login);

    Document succeeded = hq.open("/admin/audit.xhtml?action=signin.succeeded&person=hq.admin");
    assertThat(entries(succeeded)).isNotEmpty().allMatch(row -> row.get(1).equals(HQ_ADMIN));
  }

  @Test
  void hqSeesEveryOfficesPublishingAndCanNarrowToOneOffice() {
    ConsoleSession hq = ConsoleSession.signIn(HQ_ADMIN);
    assertThat(entries(hq.open("/admin/audit.xhtml?action=content.published")))
        .extracting(row -> row.get(2))
        .isNotEmpty()
        .doesNotContain("(network)");
    assertThat(entries(hq.open("/admin/audit.xhtml?action=content.published&forOffice=hq")))
        .isNotEmpty()
        // Other tests publish in HQ too (SyndicationIT shares HQ items): only the office is fixed.
        .allMatch(row -> row.get(2).equals("hq"));
    List<List<String>> senegal =
        entries(hq.open("/admin/audit.xhtml?action=content.published&forOffice=senegal"));
    assertThat(senegal)
        .isNotEmpty()
        .allSatisfy(
            row -> {
              assertThat(row.get(2)).isEqualTo("senegal");
              // The demo publishes some items twice (a translation updated after its source).
              assertThat(row.get(6)).matches("offline|revision \\d+ live");
              assertThat(row.get(7)).matches("revision \\d+ live");
            });
  }

  @Test
  void anOfficeAdministratorSeesTheirOfficeOnlyEvenWhenForgingTheFilter() {
    ConsoleSession gambia = ConsoleSession.signIn(GAMBIA_ADMIN);
    String name = "Audit check " + unique();
    ApiTokenIT.issue(gambia, name, "READ");

    Document own = gambia.open("/admin/audit.xhtml");
    assertThat(own.select("#nav-audit")).isNotEmpty();
    assertThat(own.select("#scope").text()).isEqualTo("gambia");
    assertThat(own.select("#forOffice option").eachAttr("value")).containsExactly("gambia");
    assertThat(entries(own)).isNotEmpty().allMatch(row -> row.get(2).equals("gambia"));
    assertThat(entries(gambia.open("/admin/audit.xhtml?action=token.issued")))
        .anySatisfy(row -> assertThat(row.get(4)).contains("'" + name + "'"))
        .allMatch(row -> row.get(2).equals("gambia"));
    assertThat(entries(gambia.open("/admin/audit.xhtml?action=content.published")))
        .isNotEmpty()
        .allMatch(row -> row.get(2).equals("gambia"));

    for (String forged : List.of("senegal", "hq", "atlantis")) {
      Document refused = gambia.open("/admin/audit.xhtml?forOffice=" + forged);
      assertThat(refused.select("#not-allowed").text())
          .as(forged)
          .contains("your office (gambia) only");
      assertThat(entries(refused)).isEmpty();
      assertThat(gambia.get("/admin/audit.csv?forOffice=" + forged).statusCode()).isEqualTo(403);
    }
    // Network-level entries (sign-ins, HQ's reads) are HQ's only.
    assertThat(entries(gambia.open("/admin/audit.xhtml?action=signin.succeeded"))).isEmpty();
  }

  @Test
  void editorsAreRefusedTheTrailTheExportAndTheNetworkOverview() {
    ConsoleSession editor = ConsoleSession.signIn(GAMBIA_EDITOR);
    Document page = editor.open("/admin/audit.xhtml");
    assertThat(page.select("#not-allowed").text())
        .contains("Not allowed")
        .contains("Only office administrators and HQ administrators");
    assertThat(page.select("#nav-audit")).isEmpty();
    assertThat(page.getElementById("entries")).isNull();
    assertThat(editor.get("/admin/audit.csv").statusCode()).isEqualTo(403);
    assertThat(editor.get("/admin/network.xhtml").statusCode()).isEqualTo(403);
  }

  @Test
  void theCsvExportHoldsTheSameRowsAsTheScreenQuotedForSpreadsheets() {
    ConsoleSession gambia = ConsoleSession.signIn(GAMBIA_ADMIN);
    String id = unique();
    ApiTokenIT.issue(gambia, "Partner, \"portal\" " + id, "READ");

    Document page = gambia.open("/admin/audit.xhtml?action=token.issued&person=gambia.admin");
    assertThat(page.select("#older")).as("one page only").isEmpty();
    List<List<String>> shown = entries(page);
    String link = page.getElementById("csv").attr("href");
    assertThat(link).isEqualTo("/admin/audit.csv?person=gambia.admin&action=token.issued");

    HttpResponse<String> csv = gambia.get(link);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
        .startsWith("attachment; filename=\"meridian-audit-gambia-")
        .endsWith(".csv\"");
    assertThat(csv.body())
        .startsWith(
            "when,actor,office,acting_office,action,subject,client_address,before,after\r\n");
    assertThat(csv.body()).contains("'Partner, \"\"portal\"\" " + id + "'\"");

    List<List<String>> rows = parseCsv(csv.body());
    assertThat(rows.get(0))
        .containsExactly(
            "when",
            "actor",
            "office",
            "acting_office",
            "action",
            "subject",
            "client_address",
            "before",
            "after");
    List<List<String>> exported = rows.subList(1, rows.size());
    assertThat(exported)
        .extracting(row -> row.get(5))
        .containsExactlyElementsOf(shown.stream().map(row -> row.get(4)).toList());
    assertThat(exported)
        .allSatisfy(
            row -> {
              assertThat(row.get(1)).isEqualTo(GAMBIA_ADMIN);
              assertThat(row.get(2)).isEqualTo("gambia");
              assertThat(row.get(3)).as("a member of the Gambia acts through no other").isEmpty();
              assertThat(row.get(4)).isEqualTo("token.issued");
            });
  }

  @Test
  void theNetworkOverviewListsEveryOfficeWithItsCountsAndIsItselfAudited() {
    ConsoleSession hq = ConsoleSession.signIn(HQ_ADMIN);
    Document overview = hq.open("/admin/network.xhtml");
    assertThat(overview.select("#nav-network")).isNotEmpty();
    List<List<String>> offices =
        overview.select("table#network tbody tr").stream().map(AuditIT::cells).toList();
    assertThat(offices)
        .extracting(row -> row.get(0))
        .contains("hq", "west-central-africa", "gambia", "senegal", "mali");
    List<String> gambia =
        offices.stream().filter(row -> row.get(0).equals("gambia")).findFirst().orElseThrow();
    long items = Long.parseLong(gambia.get(4));
    long live = Long.parseLong(gambia.get(5));
    long drafts = Long.parseLong(gambia.get(6));
    assertThat(live).isPositive();
    assertThat(drafts).isPositive(); // the demo keeps a draft, and the blueprint's pages
    assertThat(items).isEqualTo(live + drafts);
    assertThat(gambia.get(7)).endsWith("UTC");
    List<String> mali =
        offices.stream().filter(row -> row.get(0).equals("mali")).findFirst().orElseThrow();
    assertThat(mali.subList(3, 8)).containsExactly("SUSPENDED", "0", "0", "0", "never");

    Document reads = hq.open("/admin/audit.xhtml?action=hq.read-across-offices&person=hq.admin");
    assertThat(entries(reads))
        .anySatisfy(
            row -> {
              assertThat(row.get(1)).isEqualTo(HQ_ADMIN);
              assertThat(row.get(2)).isEqualTo("(network)");
              assertThat(row.get(4)).contains("network overview");
              assertThat(row.get(7)).isEqualTo("read " + offices.size() + " offices");
            });
  }

  /** Reads RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
  private static List<List<String>> parseCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        cell.append(c);
      }
    }
    return rows;
  }
}
