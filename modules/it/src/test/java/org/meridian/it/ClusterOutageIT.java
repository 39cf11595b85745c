package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Two clustered nodes on PostgreSQL behind the nginx front built from {@code docker/front}'s own
 * files, as production runs them, without Docker: a change made on one node (publish, unpublish,
 * trash, a menu, a theme, an alert) shows on the other and through the front within a second; one
 * node killed ({@code kill -9}) under a stream of requests costs the visitors
 * nothing, and an editor signed in on it stays signed in on the other; the database away for 20
 * seconds (ten frozen, ten refusing) costs visitors no page a node kept, everything else answers 503
 * with {@code Retry-After} within a second, and all comes back within seconds, without a restart.
 *
 * <p>The nodes reach PostgreSQL through a relay of the test's own ({@link DatabaseProxy}), which
 * the test cuts: the machine's PostgreSQL is shared with other runs and is never stopped. The
 * nodes are this pass's two extra boots, counted apart from the suite's budget ({@link
 * MeridianServer#clusterBoots}); the steps run in order on the same nodes.
 */
@ExtendWith(MeridianServer.class)
@NeedsSecondServer
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterOutageIT {

  /** HTTP/1.1, as nginx speaks to the nodes (an h2c upgrade can deadlock Grizzly: MeridianServer). */
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private static final String HQ_ADMIN = "hq.admin@meridian.example.org";

  private static DatabaseProxy database;
  private static MeridianServer.Running a;
  private static MeridianServer.Running b;
  private static Process nginx;
  private static int front;
  private static Path frontDir;

  @BeforeAll
  static void twoNodesOnARelayedDatabaseBehindTheFront() throws Exception {
    boolean nginxInstalled = Files.isExecutable(Path.of("/usr/sbin/nginx"));
    if (SuiteDatabase.underCi()) {
      assertThat(nginxInstalled).as("nginx (.ci/run installs nginx-light)").isTrue();
    }
    Assumptions.assumeTrue(nginxInstalled, "nginx is not installed");
    Assumptions.assumeTrue(
        MeridianServer.usesExternalDatabase(), "two nodes share a database only on PostgreSQL");
    URI postgres = URI.create(SuiteDatabase.get().url().substring("jdbc:".length()));
    database = new DatabaseProxy(postgres.getHost(), postgres.getPort() < 0 ? 5432 : postgres.getPort());
    String relayed =
        "jdbc:postgresql://127.0.0.1:"
            + database.port()
            + postgres.getRawPath()
            + (postgres.getRawQuery() == null ? "" : "?" + postgres.getRawQuery());
    int gridA = MeridianServer.freePort();
    int gridB = MeridianServer.freePort();
    String members = "127.0.0.1:" + gridA + ",127.0.0.1:" + gridB;
    Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
    nodes.put("node-a1", node("node-a1", relayed, members, gridA));
    nodes.put("node-b1", node("node-b1", relayed, members, gridB));
    List<MeridianServer.Running> started = MeridianServer.cluster(nodes);
    a = started.get(0);
    b = started.get(1);
    startTheFront();
  }

  private static Map<String, String> node(String name, String url, String members, int grid) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("MERIDIAN_NODE_NAME", name);
    env.put("MERIDIAN_DB_URL", url);
    env.put("MERIDIAN_CLUSTER", "on");
    env.put("MERIDIAN_CLUSTER_MEMBERS", members);
    env.put("MERIDIAN_CLUSTER_INTERFACES", "127.0.0.1");
    env.put("MERIDIAN_CLUSTER_PORT", Integer.toString(grid));
    // The front's address (this machine) is believed, as compose's front is.
    env.put("MERIDIAN_SIGNIN_TRUSTED_PROXIES", "127.0.0.1");
    // One line per request with its milliseconds: what each node did while a change travelled.
    env.put("MERIDIAN_ACCESS_LOG", "true");
    return env;
  }

  /**
   * nginx with docker/front's http- and server-level files; the upstream spreads requests over both
   * nodes (compose keeps each client on one node with ip_hash; here every request comes from one
   * address, and a node killed must be one that requests are going to).
   */
  private static void startTheFront() throws Exception {
    Path files = Path.of("../../../docker/front").toAbsolutePath().normalize();
    frontDir = Files.createTempDirectory("meridian-cluster-front");
    Files.setPosixFilePermissions(frontDir, PosixFilePermissions.fromString("rwxrwxrwx"));
    front = MeridianServer.freePort();
    Path conf = frontDir.resolve("nginx.conf");
    Files.writeString(
        conf,
        """
        worker_processes 1;
        pid %1$s/nginx.pid;
        error_log %1$s/error.log;
        events { worker_connections 256; }
        http {
          # What the front did, for the changes' timings (printed by shownWithin).
          log_format timing '$msec $status $upstream_cache_status $upstream_addr'
                            ' $upstream_status $upstream_response_time $request_time $request_uri';
          access_log %1$s/access.log timing;
          include /etc/nginx/mime.types;
          include %2$s/meridian-http.conf;
          proxy_cache_path %1$s/cache keys_zone=meridian_pages:1m inactive=24h use_temp_path=off;
          upstream meridian {
            server 127.0.0.1:%3$d max_fails=1 fail_timeout=5s;
            server 127.0.0.1:%4$d max_fails=1 fail_timeout=5s;
            keepalive 4;
          }
          server {
            listen 127.0.0.1:%5$d;
            include %2$s/meridian-site.conf;
          }
        }
        """
            .formatted(frontDir, files, a.port(), b.port(), front));
    nginx =
        new ProcessBuilder(
                "/usr/sbin/nginx", "-c", conf.toString(), "-p", frontDir.toString(), "-g",
                "daemon off;")
            .redirectErrorStream(true)
            .redirectOutput(frontDir.resolve("nginx.out").toFile())
            .start();
    long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < until) {
      try {
        get(frontUri("/health"));
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException(
        "nginx did not start: " + Files.readString(frontDir.resolve("nginx.out")));
  }

  @AfterAll
  static void stopEverything() throws InterruptedException {
    if (nginx != null) {
      nginx.destroy();
      nginx.waitFor(10, TimeUnit.SECONDS);
    }
    for (MeridianServer.Running node : new MeridianServer.Running[] {a, b}) {
      if (node != null) {
        node.close();
      }
    }
    if (database != null) {
      database.close();
    }
  }

  @Test
  @Order(1)
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
  @Order(2)
  void aChangeOnOneNodeShowsOnTheOtherAndThroughTheFrontWithinASecond() throws Exception {
    ScheduledDrafts onA = ScheduledDrafts.on(a);
    String token = issueToken(a);
    URI onB = b.uri("/gambia/en/news");
    URI throughFront = frontUri("/gambia/en/news");
    String first = "Across nodes " + ScheduledDrafts.unique();
    String second = "Across nodes " + ScheduledDrafts.unique();
    long firstItem = onA.draft(first);
    long secondItem = onA.draft(second);
    // One change through the whole path before measuring: the first time a node renders a page of
    // a kind (here the news list) costs loading and compiling its classes and templates — 723 ms
    // on B and 414 ms on A on 2026-12-07, against 140 ms for the renders after — start-up cost,
    // not the time a change takes to travel. That was the "slow first publish through the front"
    // (1.4–1.9 s): the front spread its requests over both nodes and reached A for its first render
    // (its log's upstream time says so), while the test had waited for B's.
    String warmUp = "Across nodes warm-up " + ScheduledDrafts.unique();
    long warmUpItem = onA.draft(warmUp);
    shownWithin(() -> step(token, warmUpItem, "PUBLISH"), onB, throughFront, warmUp, true);
    shownWithin(() -> step(token, warmUpItem, "UNPUBLISH"), onB, throughFront, warmUp, false);
    assertThat(get(onB).body()).doesNotContain(first).doesNotContain(second);
    assertThat(get(throughFront).body()).doesNotContain(first).doesNotContain(second);

    // Publish, unpublish and trash bump the office's generation (CacheGenerations), as menus
    // (MenuChanged) and an office's branding, its theme (OfficeChanged), do; other nodes follow any
    // bump alike (CacheSync); alerts bump their own. Each is measured, the menu and the theme put
    // back as they were (the suite's other classes expect the demo's sites).
    Map<String, Long> millis = new LinkedHashMap<>();
    millis.put(
        "publish",
        shownWithin(() -> step(token, firstItem, "PUBLISH"), onB, throughFront, first, true));
    millis.put(
        "unpublish",
        shownWithin(() -> step(token, firstItem, "UNPUBLISH"), onB, throughFront, first, false));
    step(token, secondItem, "PUBLISH");
    millis.put(
        "trash",
        shownWithin(() -> trash(token, secondItem), onB, throughFront, second, false));

    URI homeOnB = b.uri("/gambia/en/");
    URI homeThroughFront = frontUri("/gambia/en/");
    ConsoleSession gambiaAdmin = ConsoleSession.signIn(a, ScheduledDrafts.GAMBIA_ADMIN);
    String entry = "Across nodes menu " + ScheduledDrafts.unique();
    try {
      millis.put(
          "menu entry added",
          shownWithin(
              () -> addMenuEntry(gambiaAdmin, entry), homeOnB, homeThroughFront, entry, true));
      millis.put(
          "menu entry deleted",
          shownWithin(
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
          shownWithin(
              () -> saveTagline(branding, tagline), homeOnB, homeThroughFront, tagline, true));
      millis.put(
          "theme put back",
          shownWithin(
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
        shownWithin(() -> issueAlert(hq, alert), homeOnB, homeThroughFront, alert, true));
    millis.put(
        "alert withdrawn",
        shownWithin(() -> withdrawAlerts(hq), homeOnB, homeThroughFront, alert, false));

    System.out.printf(
        "ClusterOutageIT: ms until B and the front show a change made on A: %s%n", millis);
    noReadFailuresIn(a);
    noReadFailuresIn(b);
    assertThat(millis)
        .as("ms until node B and the front both show a change made on A")
        .allSatisfy((change, ms) -> assertThat(ms).as(change).isLessThan(1000));
  }

  /**
   * Makes {@code change} on A, then asks node B and the front, in turn, every 25 ms, until both
   * show {@code text} (or no longer do); returns the milliseconds from the change's answer until
   * the later of the two showed it. Deterministic: nothing is retried; the front keeps no page
   * without asking a node (docker/front, X-Accel-Expires), so it shows what B shows. Prints what B
   * and the front answered before, and what the front did meanwhile (its log: status, cache
   * status, node, the node's seconds, its own), for the slow ones.
   */
  private static long shownWithin(
      ThrowingRunnable change, URI onB, URI throughFront, String text, boolean shown)
      throws Exception {
    change.run();
    long changed = System.nanoTime();
    double changedAt = System.currentTimeMillis() / 1000.0;
    Predicate<HttpResponse<String>> wanted = r -> r.body().contains(text) == shown;
    long onNodeB = millisUntil(onB, wanted, changed);
    List<String> beforeOnB = UNWANTED.get();
    long onFront = millisUntil(throughFront, wanted, changed);
    List<String> beforeThroughFront = UNWANTED.get();
    System.out.printf(
        "ClusterOutageIT: %s %s on B after %d ms, through the front after %d ms (changed at %.3f);"
            + " B answered before: %s; the front: %s%n",
        text,
        shown ? "shown" : "gone",
        onNodeB,
        onFront,
        changedAt,
        beforeOnB,
        beforeThroughFront);
    frontLogSince(changedAt).forEach(line -> System.out.println("  front: " + line));
    return onFront;
  }

  /** The front's log lines (log_format timing) from {@code epochSeconds} on, at most 40. */
  private static List<String> frontLogSince(double epochSeconds) throws IOException {
    Path log = frontDir.resolve("access.log");
    if (!Files.exists(log)) {
      return List.of();
    }
    return Files.readAllLines(log).stream()
        .filter(line -> line.indexOf(' ') > 0)
        .filter(line -> Double.parseDouble(line.substring(0, line.indexOf(' '))) >= epochSeconds)
        .limit(40)
        .toList();
  }

  private static final String SETTINGS = "/admin/settings.xhtml";
  private static final String TAGLINE = "branding:taglines:0:tagline";

  /** Adds an entry to the Gambia's main menu, to its About us page (MenuEditorIT). */
  private static void addMenuEntry(ConsoleSession admin, String label) {
    Document menus = admin.open("/admin/menus.xhtml?menu=MAIN&lang=en");
    Document added = MenuEditorIT.add(admin, label, MenuEditorIT.aboutUsOption(menus), "");
    assertThat(added.select(".notice").text()).contains("Entry '" + label + "' added");
  }

  /** Saves the Gambia's English tagline, part of its branding (OfficeBrandingIT). */
  private static void saveTagline(Browser admin, String tagline) {
    Document settings = FacesForms.parse(admin.get(SETTINGS));
    Document saved =
        FacesForms.parse(
            FacesForms.submit(
                admin, settings, "branding", "branding:save-branding", Map.of(TAGLINE, tagline)));
    assertThat(saved.select(".notice").text()).contains("The branding of 'gambia' was saved");
  }

  @FunctionalInterface
  private interface ThrowingRunnable {
    void run() throws Exception;
  }

  private static void step(String token, long item, String step) throws Exception {
    HttpResponse<String> done =
        HTTP.send(
            HttpRequest.newBuilder(a.uri("/api/v1/offices/gambia/items/" + item + "/steps"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"step\":\"" + step + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(done.statusCode()).as(step + ": " + done.body()).isEqualTo(200);
  }

  private static void trash(String token, long item) throws Exception {
    HttpResponse<String> done =
        HTTP.send(
            HttpRequest.newBuilder(a.uri("/api/v1/offices/gambia/items/" + item))
                .header("Authorization", "Bearer " + token)
                .DELETE()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(done.statusCode()).as("trash: " + done.body()).isEqualTo(204);
  }

  /** A network alert for an hour, in English, issued by HQ in the console (NetworkAlertsIT). */
  private static void issueAlert(ConsoleSession hq, String text) {
    Document form = hq.open("/admin/alerts.xhtml");
    Document done =
        hq.submit(
            form,
            "alert",
            Map.of(
                "alert:audience",
                "",
                "alert:link",
                "",
                "alert:endsAt",
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
                    .format(java.time.LocalDateTime.now(ZoneId.of("Europe/Zurich")).plusHours(1)),
                "message-en",
                text),
            "alert:issue");
    assertThat(done.select(".messages").text()).contains("is now on the sites");
  }

  /** Withdraws every alert showing, so that the suite's other classes see none. */
  private static void withdrawAlerts(ConsoleSession hq) {
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
  @Order(3)
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
                  HttpResponse<String> page = get(frontUri(path));
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
        HTTP.send(
            HttpRequest.newBuilder(frontUri("/admin/index.xhtml"))
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

  /**
   * Sends {@code formId} of {@code page} (a console view) through the front with the session's
   * cookies, as the editor's browser would, pressing {@code button}.
   */
  private static HttpResponse<String> submitThroughFront(
      Document page, String formId, Map<String, String> values, String button, String cookies)
      throws Exception {
    Element form = page.getElementById(formId);
    assertThat(form).as("form %s", formId).isNotNull();
    Map<String, String> fields = new LinkedHashMap<>();
    for (Element input : form.select("input")) {
      String type = input.attr("type");
      boolean unchecked =
          (type.equals("radio") || type.equals("checkbox")) && !input.hasAttr("checked");
      if (!input.attr("name").isEmpty() && !type.equals("submit") && !unchecked) {
        fields.put(input.attr("name"), input.attr("value"));
      }
    }
    fields.putAll(values);
    fields.put(button, form.select("input[name=" + button.replace(":", "\\:") + "]").attr("value"));
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8)
                        + "="
                        + java.net.URLEncoder.encode(
                            e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
            .collect(java.util.stream.Collectors.joining("&"));
    return HTTP.send(
        HttpRequest.newBuilder(frontUri(form.attr("action")))
            .header("Cookie", cookies)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .timeout(Duration.ofSeconds(30))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  @Order(4)
  void twentySecondsWithoutTheDatabaseCostVisitorsNoPageANodeKept() throws Exception {
    URI kept = b.uri("/gambia/en/about-us");
    URI keptHome = b.uri("/gambia/en/");
    URI notKept = b.uri("/senegal/en/");
    URI api = b.uri("/api/v1/offices/gambia/content?lang=en");
    assertThat(get(kept).statusCode()).isEqualTo(200);
    assertThat(get(keptHome).statusCode()).isEqualTo(200);
    assertThat(get(frontUri("/gambia/en/about-us")).statusCode()).isEqualTo(200);
    int logLinesBefore = count(b.logText(), "Database unavailable");

    long cut = System.nanoTime();
    database.freeze();
    // Within the detection time (the watch's half second and the 2 s timeout) the node notices.
    long noticed = millisUntil(b.uri("/health"), r -> r.statusCode() == 503, cut);
    System.out.printf("ClusterOutageIT: database frozen, node B noticed after %d ms%n", noticed);
    assertThat(noticed).isLessThan(4000);
    List<Long> slowest = new ArrayList<>();
    long phaseEnd = cut + Duration.ofSeconds(10).toNanos();
    boolean refused = false;
    while (System.nanoTime() < cut + Duration.ofSeconds(20).toNanos()) {
      if (!refused && System.nanoTime() > phaseEnd) {
        database.down();
        refused = true;
      }
      slowest.add(expectKept(kept));
      slowest.add(expectKept(keptHome));
      slowest.add(expectUnavailable(notKept));
      slowest.add(expectUnavailable(api));
      HttpResponse<String> throughFront = get(frontUri("/gambia/en/about-us"));
      assertThat(throughFront.statusCode()).as("a kept page through the front").isEqualTo(200);
      Thread.sleep(200);
    }
    long worst = slowest.stream().mapToLong(Long::longValue).max().orElseThrow();
    System.out.printf("ClusterOutageIT: slowest answer while the database was away: %d ms%n", worst);
    assertThat(worst).as("ms of the slowest answer while the database was away").isLessThan(1000);

    long back = System.nanoTime();
    database.open();
    long recovered =
        millisUntil(
            notKept,
            r -> r.statusCode() == 200,
            back);
    long apiBack = millisUntil(api, r -> r.statusCode() == 200, back);
    System.out.printf(
        "ClusterOutageIT: database back, pages after %d ms, the API after %d ms (its answers"
            + " before: %s)%n",
        recovered, apiBack, UNWANTED.get());
    assertThat(Math.max(recovered, apiBack)).as("ms until everything answers again").isLessThan(5000);
    HttpResponse<String> fresh = get(kept);
    assertThat(fresh.statusCode()).isEqualTo(200);
    assertThat(fresh.headers().firstValue("X-Meridian-Stale")).isEmpty();
    String log = b.logText();
    assertThat(count(log, "Database unavailable") - logLinesBefore)
        .as("lines saying the database went away, for one outage")
        .isEqualTo(1);
    assertThat(count(log, "Database available again")).isGreaterThanOrEqualTo(1);
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

  private static String issueToken(MeridianServer.Running server) {
    ConsoleSession admin = ConsoleSession.signIn(server, ScheduledDrafts.GAMBIA_ADMIN);
    return ApiTokenIT.issue(admin, "cluster test " + ScheduledDrafts.unique(), "WRITE");
  }

  /** The session's cookies as a browser sends them (Payara adds a version cookie in a cluster). */
  private static String sessionCookiesOf(ConsoleSession session) {
    String cookies = "JSESSIONID=" + session.browser().cookie("JSESSIONID").orElseThrow();
    return session
        .browser()
        .cookie("JSESSIONIDVERSION")
        .map(version -> cookies + "; JSESSIONIDVERSION=" + version)
        .orElse(cookies);
  }

  private static URI frontUri(String path) {
    return URI.create("http://127.0.0.1:" + front + path);
  }

  private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** What the last {@link #millisUntil} was answered before the answer it waited for. */
  private static final ThreadLocal<List<String>> UNWANTED = ThreadLocal.withInitial(ArrayList::new);

  /** Milliseconds from {@code since} until {@code uri} answers as {@code wanted} (polled). */
  private static long millisUntil(
      URI uri, Predicate<HttpResponse<String>> wanted, long since) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    List<String> unwanted = new ArrayList<>();
    UNWANTED.set(unwanted);
    while (System.nanoTime() < deadline) {
      long asked = System.nanoTime();
      String answered;
      try {
        HttpResponse<String> answer =
            HTTP.send(
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (wanted.test(answer)) {
          return (System.nanoTime() - since) / 1_000_000;
        }
        answered =
            answer.statusCode()
                + answer.headers().firstValue("X-Front-Cache").map(cache -> " " + cache).orElse("");
      } catch (IOException notYet) {
        answered = notYet.getClass().getSimpleName();
      }
      String seen =
          "+" + (asked - since) / 1_000_000 + "ms " + answered + " in "
              + (System.nanoTime() - asked) / 1_000_000 + "ms";
      if (unwanted.size() < 40) {
        unwanted.add(seen);
      }
      Thread.sleep(25);
    }
    throw new AssertionError(uri + " did not answer as expected within 30 s");
  }

  private static void awaitTrue(
      java.util.function.BooleanSupplier condition, Duration patience, String what) {
    long deadline = System.nanoTime() + patience.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return;
      }
      MeridianServer.sleep(250);
    }
    throw new AssertionError("not within " + patience + ": " + what);
  }

  private static int count(String text, String needle) {
    int count = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      count++;
    }
    return count;
  }
}
