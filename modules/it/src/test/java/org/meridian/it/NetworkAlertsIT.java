package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Network alerts end to end: HQ puts a translated banner on every site or one region's, it shows in
 * each page's language, goes by itself at its end or at once when withdrawn; bad input is refused
 * field by field and only HQ and regional administrators may alert.
 */
@ExtendWith(MeridianServer.class)
class NetworkAlertsIT {

  private static final String HQ_ADMIN = "hq.admin@meridian.example.org";
  private static final String GAMBIA_ADMIN = "gambia.admin@meridian.example.org";
  private static final String REGION = "west-central-africa";
  private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());
  private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  private final Browser visitor = new Browser(MeridianServer.server());

  /** The demo's HQ, whose time zone the form's times are typed in. */
  private static final ZoneId HQ_ZONE = ZoneId.of("Europe/Zurich");

  /** A time as the form takes it, in HQ's time zone. */
  private static String inMinutes(long minutes) {
    return TYPED.format(LocalDateTime.now(HQ_ZONE).plusMinutes(minutes));
  }

  private static String unique(String word) {
    return word + " " + UNIQUE.incrementAndGet();
  }

  private Document site(String path) {
    HttpResponse<String> page = visitor.get(path);
    assertThat(page.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(page.body());
  }

  private static Document issue(ConsoleSession hq, Map<String, String> fields) {
    Document form = hq.open("/admin/alerts.xhtml");
    assertThat(form.select("label[for=alert:endsAt]").text()).contains(HQ_ZONE.getId());
    Map<String, String> values =
        new java.util.HashMap<>(Map.of("alert:audience", "", "alert:link", ""));
    values.putAll(fields);
    return hq.submit(form, "alert", values, "alert:issue");
  }

  private static long alertId(Document page) {
    String notice = page.select(".notice, .messages").text();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("Alert ([0-9]+) ").matcher(notice);
    assertThat(m.find()).as("confirmation in %s", notice).isTrue();
    return Long.parseLong(m.group(1));
  }

  /** Takes every alert the tests left showing off the sites, so other classes see none. */
  @org.junit.jupiter.api.AfterEach
  void withdrawWhatIsLeft() {
    ConsoleSession hq = ConsoleSession.signIn(HQ_ADMIN);
    Document list = hq.open("/admin/alerts.xhtml");
    for (int left = 0; left < 50; left++) {
      Element button = list.selectFirst("input[type=submit][value^=Withdraw alert]");
      if (button == null) {
        return;
      }
      list = hq.submit(list, "alerts", Map.of(), button.attr("name"));
    }
  }

  @Test
  void anAlertForTheNetworkShowsOnEverySiteInThePagesLanguage() {
    ConsoleSession hq = ConsoleSession.signIn(HQ_ADMIN);
    String english = unique("Flood appeal: give now");
    String french = unique("Appel inondations : donnez");

    Document done =
        issue(
            hq,
            Map.of(
                "alert:endsAt",
                inMinutes(60),
                "alert:link",
                "/hq/en/",
                "message-en",
                english,
                "message-fr",
                french));
    assertThat(done.select(".messages").text()).contains("is now on the sites");

    Element gambia = site("/gambia/en/").selectFirst(".network-alert");
    assertThat(gambia).isNotNull();
    assertThat(gambia.text()).contains(english);
    assertThat(gambia.select("a").attr("href")).isEqualTo("/hq/en/");
    assertThat(site("/senegal/fr/").select(".network-alert").text()).contains(french);
    assertThat(site("/hq/en/").select(".network-alert").text()).contains(english);
    assertThat(site("/gambia/en/about-us").select(".network-alert").text()).contains(english);
    // Search pages and 404 pages, never kept in the page cache, show it too.
    assertThat(site("/gambia/en/search?q=clinic").select(".network-alert").text())
        .contains(english);
    HttpResponse<String> missing = visitor.get("/gambia/en/nowhere-at-all");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(Jsoup.parse(missing.body()).select(".network-alert").text()).contains(english);
  }

  @Test
  void aRegionsAlertShowsOnlyOnTheRegionsSites() {
    ConsoleSession hq = ConsoleSession.signIn(HQ_ADMIN);
    String text = unique("Regional offices closed for the holiday");

    issue(hq, Map.of("alert:audience", REGION, "alert:endsAt", inMinutes(30), "message-en", text));

    assertThat(site("/gambia/en/").select(".network-alert").text()).contains(text);
    assertThat(site("/" + REGION + "/en/").select(".network-alert").text()).contains(text);
    assertThat(site("/hq/en/").select(".network-alert").text()).doesNotContain(text);
  }

  @Test
  void anAlertDisappearsByItselfAtItsEnd() throws InterruptedException {
    ConsoleSession hq = ConsoleSession.signIn(HQ_ADMIN);
    String text = unique("Short notice");
    // An alert that ends seconds from now: the form must still find its end ahead when it is sent.
    String end =
        DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .format(LocalDateTime.now(HQ_ZONE).plusSeconds(10));
    issue(hq, Map.of("alert:endsAt", end, "message-en", text));
    assertThat(site("/gambia/en/news").select(".network-alert").text()).contains(text);

    long deadline = System.currentTimeMillis() + 45_000;
    boolean gone = false;
    while (!gone && System.currentTimeMillis() < deadline) {
      Thread.sleep(250);
      gone = !site("/gambia/en/news").select(".network-alert").text().contains(text);
    }
    assertThat(gone).as("the alert left the (cached) page after its end").isTrue();
  }

  @Test
  void aWithdrawnAlertLeavesEverySiteAtOnceAndIsOnTheRecord() {
    ConsoleSession hq = ConsoleSession.signIn(HQ_ADMIN);
    String text = unique("Withdraw me");
    long id = alertId(issue(hq, Map.of("alert:endsAt", inMinutes(120), "message-en", text)));
    assertThat(site("/gambia/en/").select(".network-alert").text()).contains(text);

    Document list = hq.open("/admin/alerts.xhtml");
    String button = list.select("input[type=submit][value=Withdraw alert " + id + "]").attr("name");
    Document withdrawn = hq.submit(list, "alerts", Map.of(), button);

    assertThat(withdrawn.select(".messages").text()).contains("Alert " + id + " is withdrawn");
    assertThat(site("/gambia/en/").select(".network-alert").text()).doesNotContain(text);
    assertThat(withdrawn.select("input[value=Withdraw alert " + id + "]")).isEmpty();

    Document trail = hq.open("/admin/audit.xhtml?action=network.alert-withdrawn");
    assertThat(trail.select("table#entries tbody tr").text())
        .contains("alert " + id + " for the whole network");
    assertThat(
            hq.open("/admin/audit.xhtml?action=network.alert-issued")
                .select("table#entries tbody tr")
                .text())
        .contains("alert " + id);
  }

  @Test
  void badInputIsRefusedOnItsFieldAndNothingIsStored() {
    ConsoleSession hq = ConsoleSession.signIn(HQ_ADMIN);
    int before = hq.open("/admin/alerts.xhtml").select("table#alerts\\:list tbody tr").size();
    String text = unique("Never shown");

    Document refused =
        issue(
            hq,
            Map.of(
                "alert:startsAt",
                inMinutes(30),
                "alert:endsAt",
                inMinutes(10),
                "alert:link",
                "javascript:alert(1)",
                "message-en",
                text));

    assertThat(refused.select(".field-error").text())
        .contains("The alert must end after it starts")
        .contains("The link is an https:// address or a path on the site starting with /");
    Document empty = issue(hq, Map.of("alert:endsAt", "not a time", "message-en", text));
    assertThat(empty.select(".field-error").text()).contains("Give the end as a date and time.");
    Document noText = issue(hq, Map.of("alert:endsAt", inMinutes(10)));
    assertThat(noText.select(".field-error").text())
        .contains("Write the alert's text in at least one language");
    assertThat(hq.open("/admin/alerts.xhtml").select("table#alerts\\:list tbody tr"))
        .hasSize(before);
    assertThat(site("/gambia/en/").text()).doesNotContain(text);
  }

  @Test
  void markupInAnAlertIsShownAsTextNeverRun() {
    ConsoleSession hq = ConsoleSession.signIn(HQ_ADMIN);
    String marker = "x" + UNIQUE.incrementAndGet();
    issue(
        hq,
        Map.of(
            "alert:endsAt",
            inMinutes(20),
            "message-en",
            "<script>alert('" + marker + "')</script> <b>bold</b>"));

    HttpResponse<String> page = visitor.get("/gambia/en/");
    assertThat(page.body())
        .doesNotContain("<script>alert('" + marker)
        .doesNotContain("<b>bold</b>");
    assertThat(Jsoup.parse(page.body()).select(".network-alert").text())
        .contains("<script>alert('" + marker);
  }

  @Test
  void aCountryOfficesAdministratorMayNotAlert() {
    ConsoleSession gambia = ConsoleSession.signIn(GAMBIA_ADMIN);
    Document page = gambia.open("/admin/alerts.xhtml");

    assertThat(page.getElementById("not-allowed")).isNotNull();
    assertThat(page.getElementById("alert")).isNull();
    assertThat(page.select("#nav-alerts")).isEmpty();
  }
}
