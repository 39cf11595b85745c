package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.it.ClusterChanges.SETTINGS;
import static org.meridian.it.ClusterChanges.TAGLINE;
import static org.meridian.it.ClusterChanges.addMenuEntry;
import static org.meridian.it.ClusterChanges.issueAlert;
import static org.meridian.it.ClusterChanges.issueToken;
import static org.meridian.it.ClusterChanges.saveTagline;
import static org.meridian.it.ClusterChanges.sessionCookiesOf;
import static org.meridian.it.ClusterChanges.step;
import static org.meridian.it.ClusterChanges.submitThroughFront;
import static org.meridian.it.ClusterChanges.trash;
import static org.meridian.it.ClusterChanges.withdrawAlerts;
import static org.meridian.it.ClusterRig.awaitTrue;
import static org.meridian.it.ClusterRig.count;
import static org.meridian.it.ClusterRig.get;
import static org.meridian.it.ClusterRig.millisUntil;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Two clustered nodes on PostgreSQL behind the nginx front built from {@code docker/front}'s own
 * files, as production runs them, without Docker ({@link ClusterRig}): each node renders every
 * kind of public page before it says it is ready, so its first visitors pay no first render; a
 * change made on one node (publish, unpublish, trash, a menu, a theme, an alert) shows on the other
 * and through the front within a second; one node killed ({@code kill -9}) under a stream of
 * requests costs the visitors nothing, and an editor signed in on it stays signed in on the other;
 * the database away for 20 seconds (ten frozen, ten refusing) costs visitors no page a node kept,
 * everything else answers 503 with {@code Retry-After} within a second, {@code /health} within its
 * timeout, the node logs one line each way and no stack trace, and all comes back within seconds,
 * without a restart.
 *
 * <p>The nodes are this pass's two extra boots, counted apart from the suite's budget ({@link
 * MeridianServer#clusterBoots}); the steps run in order on the same nodes.
 */
@ExtendWith(MeridianServer.class)
@NeedsSecondServer
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterOutageIT {

  private static final String HQ_ADMIN = "hq.admin@meridian.example.org";

  private static ClusterRig rig;
  private static MeridianServer.Running a;
  private static MeridianServer.Running b;

  @BeforeAll
  static void twoNodesOnARelayedDatabaseBehindTheFront() throws Exception {
    rig = ClusterRig.start();
    a = rig.a();
    b = rig.b();
  }

  @AfterAll
  static void stopEverything() throws InterruptedException {
    if (rig != null) {
      rig.close();
    }
  }

  @Test
  @Order(1)
  void eachNodeRendersEveryKindOfPublicPageBeforeItSaysItIsReady() throws Exception {
    for (MeridianServer.Running node : List.of(a, b)) {
      String log = node.logText();
      int warmed = log.indexOf(WARMED_UP);
      assertThat(warmed).as("the warm-up's line in %s's log", node).isNotNegative();
      assertThat(warmed)
          .as("the warm-up before 'Meridian is running'")
          .isLessThan(log.indexOf("Meridian is running"));
      String line = log.substring(warmed, log.indexOf('\n', warmed));
      System.out.println("ClusterOutageIT: " + line);
      assertThat(line).contains("none failed");
      // The pages themselves, in the node's access log (rid=warm-up-N), before it was ready.
      List<String> rendered =
          log.substring(0, log.indexOf("Meridian is running"))
              .lines()
              .filter(l -> l.contains(" rid=warm-up-"))
              .toList();
      assertThat(rendered)
          .as("the warm-up's requests")
          .anySatisfy(l -> assertThat(l).contains("/en/news 200"))
          .anySatisfy(l -> assertThat(l).contains("/feed.atom 200"))
          .anySatisfy(l -> assertThat(l).contains("/search 200"))
          // Not the news lists timed below (their items, a theme, a tag or a home may be).
          .noneSatisfy(
              l -> assertThat(l).containsAnyOf("GET /gambia/en/news ", "GET /senegal/fr/news "));
    }
    // Node B's first render of each kind since it said it was ready (the Gambia's pages, which the
    // warm-up did not render), against its second (Senegal's in French: the same kinds, the code
    // now warm; not Senegal's English home, which the outage step expects node B never served).
    // Without the warm-up the first were several times the second: 723 ms against 140 for a news
    // list alone on 2026-12-07.
    Map<String, Long> first = ClusterRig.renderEachKind(b, "/gambia/en");
    Map<String, Long> second = ClusterRig.renderEachKind(b, "/senegal/fr");
    long firstTotal = first.values().stream().mapToLong(Long::longValue).sum();
    long secondTotal = second.values().stream().mapToLong(Long::longValue).sum();
    System.out.printf(
        "ClusterOutageIT: node B's first renders after ready (ms) %s = %d; second %s = %d; load %s%n",
        first, firstTotal, second, secondTotal, ClusterRig.loadAverage());
    assertThat(firstTotal)
        .as("ms of node B's first renders of each kind after it was ready, against its second")
        .isLessThan(2 * secondTotal + 300);
  }

  /** The warm-up's line in a node's log (WarmUp). */
  private static final String WARMED_UP = "Warmed up before taking visitors: ";

  @Test
  @Order(2)
  void theNodesFormOneDataGridOnTheNamedAddressesOnly() {
    assertThat(MeridianServer.clusterBoots()).as("the cluster's boots, apart from the suite's").isEqualTo(2);
    awaitTrue(
        () -> a.logText().contains("DG Size: 2") || b.logText().contains("DG Size: 2"),
        Duration.ofSeconds(60),
        "both nodes in one data grid");
    assertThat(b.logText()).doesNotContain("non-distributable");
    noReadFailuresIn(a);
    noReadFailuresIn(b);
  }

  /**
   * What two servers starting at once, then following each other's changes, logged when shared
   * beans read outside a transaction (InTransaction): a closed entity manager, in a background
   * task (Ticking) or in the cache sync.
   */
  private static void noReadFailuresIn(MeridianServer.Running node) {
    assertThat(node.logText())
        .doesNotContain("closed EntityManager")
        .doesNotContain("org.meridian.tenancy.background.Ticking")
        .doesNotContain("Could not follow other servers' changes");
  }

  @Test
  @Order(3)
  void aChangeOnOneNodeShowsOnTheOtherAndThroughTheFrontWithinASecond() throws Exception {
    ScheduledDrafts onA = ScheduledDrafts.on(a);
    String token = issueToken(a);
    URI onB = b.uri("/gambia/en/news");
    URI throughFront = rig.front("/gambia/en/news");
    String first = "Across nodes " + ScheduledDrafts.unique();
    String second = "Across nodes " + ScheduledDrafts.unique();
    long firstItem = onA.draft(first);
    long secondItem = onA.draft(second);
    // The nodes rendered each kind of page before they said they were ready (WarmUp, asserted
    // above); one change through the whole path before measuring loads what only a change uses
    // (the API's publishing, the announcement, the other node's first drop of pages), once per
    // node's life, as every node's first edit does.
    String warmUp = "Across nodes warm-up " + ScheduledDrafts.unique();
    long warmUpItem = onA.draft(warmUp);
    rig.shownWithin(() -> step(a, token, warmUpItem, "PUBLISH"), onB, throughFront, warmUp, true);
    rig.shownWithin(() -> step(a, token, warmUpItem, "UNPUBLISH"), onB, throughFront, warmUp, false);
    assertThat(get(onB).body()).doesNotContain(first).doesNotContain(second);
    assertThat(get(throughFront).body()).doesNotContain(first).doesNotContain(second);

    // Publish, unpublish and trash bump the office's generation (CacheGenerations), as menus
    // (MenuChanged) and an office's branding, its theme (OfficeChanged), do; other nodes follow any
    // bump alike (CacheSync); alerts bump their own. Each is measured, the menu and the theme put
    // back as they were (the suite's other classes expect the demo's sites).
    Map<String, Long> millis = new LinkedHashMap<>();
    millis.put(
        "publish",
        rig.shownWithin(() -> step(a, token, firstItem, "PUBLISH"), onB, throughFront, first, true));
    millis.put(
        "unpublish",
        rig.shownWithin(() -> step(a, token, firstItem, "UNPUBLISH"), onB, throughFront, first, false));
    step(a, token, secondItem, "PUBLISH");
    millis.put(
        "trash",
        rig.shownWithin(() -> trash(a, token, secondItem), onB, throughFront, second, false));

    URI homeOnB = b.uri("/gambia/en/");
    URI homeThroughFront = rig.front("/gambia/en/");
    ConsoleSession gambiaAdmin = ConsoleSession.signIn(a, ScheduledDrafts.GAMBIA_ADMIN);
    String entry = "Across nodes menu " + ScheduledDrafts.unique();
    try {
      millis.put(
          "menu entry added",
          rig.shownWithin(
              () -> addMenuEntry(gambiaAdmin, entry), homeOnB, homeThroughFront, entry, true));
      millis.put(
          "menu entry deleted",
          rig.shownWithin(
              () -> MenuEditorIT.deleteIfThere(gambiaAdmin, entry),
              homeOnB,
              homeThroughFront,
              entry,
              false));
    } finally {
      MenuEditorIT.deleteIfThere(gambiaAdmin, entry);
    }

    Browser branding = new Browser(a);
    String taglineBefore =
        FacesForms.signedInAt(branding, ScheduledDrafts.GAMBIA_ADMIN, SETTINGS)
            .getElementById(TAGLINE)
            .attr("value");
    String tagline = "Across nodes tagline " + ScheduledDrafts.unique();
    try {
      millis.put(
          "theme changed",
          rig.shownWithin(
              () -> saveTagline(branding, tagline), homeOnB, homeThroughFront, tagline, true));
      millis.put(
          "theme put back",
          rig.shownWithin(
              () -> saveTagline(branding, taglineBefore),
              homeOnB,
              homeThroughFront,
              tagline,
              false));
    } finally {
      saveTagline(branding, taglineBefore);
    }

    ConsoleSession hq = ConsoleSession.signIn(a, HQ_ADMIN);
    String alert = "Across nodes alert " + ScheduledDrafts.unique();
    millis.put(
        "alert issued",
        rig.shownWithin(() -> issueAlert(hq, alert), homeOnB, homeThroughFront, alert, true));
    millis.put(
        "alert withdrawn",
        rig.shownWithin(() -> withdrawAlerts(hq), homeOnB, homeThroughFront, alert, false));

    System.out.printf(
        "ClusterOutageIT: ms until B and the front show a change made on A: %s%n", millis);
    noReadFailuresIn(a);
    noReadFailuresIn(b);
    assertThat(millis)
        .as("ms until node B and the front both show a change made on A")
        .allSatisfy((change, ms) -> assertThat(ms).as(change).isLessThan(1000));
  }

  @Test
  @Order(4)
  void aNodeKilledUnderLoadCostsNoRequestAndNoEditorsSession() throws Exception {
    ScheduledDrafts onA = ScheduledDrafts.on(a);
    long item = onA.draft("Across nodes, scheduled " + ScheduledDrafts.unique());
    ConsoleSession editor = ConsoleSession.signIn(a, ScheduledDrafts.GAMBIA_EDITOR);
    assertThat(editor.get("/admin/index.xhtml").statusCode()).isEqualTo(200);
    // Mid-edit on A: a view whose bean (view-scoped, in the session) calls services on submit.
    Document scheduling = editor.open("/admin/content/schedule.xhtml?item=" + item);
    String session = sessionCookiesOf(editor);

    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger sent = new AtomicInteger();
    List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    String[] pages = {"/gambia/en/", "/gambia/en/news", "/senegal/fr/", "/hq/en/"};
    Thread visitors =
        new Thread(
            () -> {
              while (running.get()) {
                String path = pages[sent.getAndIncrement() % pages.length];
                try {
                  HttpResponse<String> page = get(rig.front(path));
                  if (page.statusCode() != 200) {
                    failures.add(path + " " + page.statusCode());
                  }
                } catch (IOException | InterruptedException e) {
                  failures.add(path + " " + e);
                }
              }
            },
            "visitors");
    visitors.start();
    Thread.sleep(1500);
    int beforeKill = sent.get();
    a.process().destroyForcibly(); // SIGKILL: no goodbye to the grid, the front or the database
    assertThat(a.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
    Thread.sleep(3000);
    running.set(false);
    visitors.join(15_000);
    System.out.printf(
        "ClusterOutageIT: %d requests through the front, %d after the kill, %d failed%n",
        sent.get(), sent.get() - beforeKill, failures.size());
    assertThat(sent.get() - beforeKill).as("requests after the kill").isGreaterThan(5);
    assertThat(failures).as("requests that failed through the front").isEmpty();

    // The editor's session, signed in on A, goes on through the front on B.
    HttpResponse<String> console =
        ClusterRig.HTTP.send(
            HttpRequest.newBuilder(rig.front("/admin/index.xhtml"))
                .header("Cookie", session)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(console.statusCode())
        .as("the console through the front, on node B (302: sent to sign in)")
        .isEqualTo(200);

    // The view opened on A goes on on B: its state and its bean came with the session, and the
    // bean's services are there again (a transient field would arrive null: a 500).
    LocalDateTime due = LocalDateTime.now(ZoneId.of("Africa/Banjul")).plusYears(1).withNano(0);
    HttpResponse<String> scheduled =
        submitThroughFront(
            rig,
            scheduling,
            "schedule",
            Map.of(
                "schedule:action",
                "PUBLISH",
                "schedule:date",
                due.toLocalDate().toString(),
                "schedule:time",
                due.toLocalTime().toString()),
            "schedule:schedule-button",
            session);
    assertThat(scheduled.statusCode())
        .as("the form opened on A, sent through the front after A was killed")
        .isEqualTo(200);
    assertThat(Jsoup.parse(scheduled.body()).select(".messages").text())
        .as("the editor's schedule, made on B in the view opened on A")
        .contains("will be published");
  }

  @Test
  @Order(5)
  void twentySecondsWithoutTheDatabaseCostVisitorsNoPageANodeKept() throws Exception {
    URI kept = b.uri("/gambia/en/about-us");
    URI keptHome = b.uri("/gambia/en/");
    URI notKept = b.uri("/senegal/en/");
    URI api = b.uri("/api/v1/offices/gambia/content?lang=en");
    assertThat(get(kept).statusCode()).isEqualTo(200);
    assertThat(get(keptHome).statusCode()).isEqualTo(200);
    assertThat(get(rig.front("/gambia/en/about-us")).statusCode()).isEqualTo(200);
    String logBefore = b.logText();
    int logLinesBefore = count(logBefore, "Database unavailable");

    long cut = System.nanoTime();
    rig.database().freeze();
    // Within the detection time (the watch's half second and the 2 s timeout) the node notices;
    // each /health meanwhile answers within the timeout (it took 10.5 s when each of its queue
    // reads waited for its own timeout, one after the other).
    List<Long> healthMillis = new ArrayList<>();
    long noticed = -1;
    while (noticed < 0 && System.nanoTime() - cut < Duration.ofSeconds(10).toNanos()) {
      long asked = System.nanoTime();
      HttpResponse<String> health = get(b.uri("/health"));
      healthMillis.add((System.nanoTime() - asked) / 1_000_000);
      if (databaseDown(health)) {
        noticed = (System.nanoTime() - cut) / 1_000_000;
      } else {
        Thread.sleep(25);
      }
    }
    System.out.printf(
        "ClusterOutageIT: database frozen, node B noticed after %d ms; /health answered in %s ms%n",
        noticed, healthMillis);
    assertThat(noticed).as("ms until /health says the database is away").isBetween(0L, 4000L);
    // From here on, the node answers as the table of docs/operations.md says.
    assertThat(healthMillis)
        .as("ms of each /health while the database froze (its timeout: 2 s)")
        .allSatisfy(ms -> assertThat(ms).isLessThan(3000));
    List<Long> slowest = new ArrayList<>();
    long phaseEnd = cut + Duration.ofSeconds(10).toNanos();
    boolean refused = false;
    while (System.nanoTime() < cut + Duration.ofSeconds(20).toNanos()) {
      if (!refused && System.nanoTime() > phaseEnd) {
        rig.database().down();
        refused = true;
      }
      slowest.add(expectKept(kept));
      slowest.add(expectKept(keptHome));
      slowest.add(expectUnavailable(notKept));
      slowest.add(expectUnavailable(api));
      long asked = System.nanoTime();
      assertThat(get(b.uri("/health")).statusCode()).as("/health, the database away").isEqualTo(503);
      slowest.add((System.nanoTime() - asked) / 1_000_000);
      HttpResponse<String> throughFront = get(rig.front("/gambia/en/about-us"));
      assertThat(throughFront.statusCode()).as("a kept page through the front").isEqualTo(200);
      Thread.sleep(200);
    }
    long worst = slowest.stream().mapToLong(Long::longValue).max().orElseThrow();
    System.out.printf("ClusterOutageIT: slowest answer while the database was away: %d ms%n", worst);
    assertThat(worst).as("ms of the slowest answer while the database was away").isLessThan(1000);

    long back = System.nanoTime();
    rig.database().open();
    long recovered = millisUntil(notKept, r -> r.statusCode() == 200, back);
    long apiBack = millisUntil(api, r -> r.statusCode() == 200, back);
    System.out.printf(
        "ClusterOutageIT: database back, pages after %d ms, the API after %d ms (its answers"
            + " before: %s)%n",
        recovered, apiBack, ClusterRig.unwanted());
    assertThat(Math.max(recovered, apiBack)).as("ms until everything answers again").isLessThan(5000);
    HttpResponse<String> fresh = get(kept);
    assertThat(fresh.statusCode()).isEqualTo(200);
    assertThat(fresh.headers().firstValue("X-Meridian-Stale")).isEmpty();
    String log = b.logText();
    assertThat(count(log, "Database unavailable") - logLinesBefore)
        .as("lines saying the database went away, for one outage")
        .isEqualTo(1);
    assertThat(count(log, "Database available again")).isGreaterThanOrEqualTo(1);
    // One line per change of state: no stack trace of the reads the freeze caught in flight.
    String logged = log.substring(logBefore.length());
    assertThat(logged.lines().filter(line -> line.startsWith("\tat ")))
        .as(
            "stack trace lines node B logged from the freeze to the recovery, after:%n%s",
            logged.lines().filter(line -> !line.startsWith("\tat ")).limit(30).toList())
        .isEmpty();
  }

  /**
   * Whether {@code health} says the database is away: its {@code database} check, the database
   * watch's state, which the node's answers follow (the queue check may say DOWN before, when its
   * reading gets no answer within the timeout).
   */
  private static boolean databaseDown(HttpResponse<String> health) {
    if (health.statusCode() != 503) {
      return false;
    }
    return ((jakarta.json.JsonObject) JsonBodies.parse(health.body()))
        .getJsonArray("checks").getValuesAs(jakarta.json.JsonObject.class).stream()
            .anyMatch(
                check ->
                    check.getString("name").equals("database")
                        && check.getString("status").equals("DOWN"));
  }

  /** A kept page: 200, marked stale, within a second; returns the milliseconds it took. */
  private static long expectKept(URI uri) throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> page = get(uri);
    long took = (System.nanoTime() - start) / 1_000_000;
    assertThat(page.statusCode()).as("%s while the database is away", uri).isEqualTo(200);
    assertThat(page.headers().firstValue("X-Meridian-Stale")).contains("database-unavailable");
    assertThat(page.headers().firstValue("Warning")).hasValueSatisfying(w -> assertThat(w).startsWith("110"));
    return took;
  }

  /** Not kept: 503, Retry-After, never cacheable, within a second; returns the milliseconds. */
  private static long expectUnavailable(URI uri) throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> page = get(uri);
    long took = (System.nanoTime() - start) / 1_000_000;
    assertThat(page.statusCode()).as("%s while the database is away", uri).isEqualTo(503);
    assertThat(page.headers().firstValue("Retry-After")).isPresent();
    assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
    return took;
  }
}
