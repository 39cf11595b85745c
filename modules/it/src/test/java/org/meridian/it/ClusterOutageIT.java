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
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two clustered nodes on PostgreSQL behind the nginx front built from {@code docker/front}'s own
 * files, as production runs them, without Docker: a change made on one node shows on the other
 * within a second; one node killed ({@code kill -9}) under a stream of requests costs the visitors
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

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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
          access_log off;
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
  }

  @Test
  @Order(2)
  void aChangeOnOneNodeShowsOnTheOtherWithinASecondAndThroughTheFront() throws Exception {
    ScheduledDrafts onA = ScheduledDrafts.on(a);
    String token = issueToken(a);
    String title = "Across nodes " + ScheduledDrafts.unique();
    long item = onA.draft(title);
    URI onB = b.uri("/gambia/en/news");
    URI throughFront = frontUri("/gambia/en/news");
    assertThat(get(onB).body()).doesNotContain(title);
    assertThat(get(throughFront).body()).doesNotContain(title);

    HttpResponse<String> published =
        HTTP.send(
            HttpRequest.newBuilder(a.uri("/api/v1/offices/gambia/items/" + item + "/steps"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"step\":\"PUBLISH\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    long committed = System.nanoTime();
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    long onNodeB = millisUntil(onB, r -> r.body().contains(title), committed);
    long onFront = millisUntil(throughFront, r -> r.body().contains(title), committed);
    System.out.printf(
        "ClusterOutageIT: published on A, shown on B after %d ms, through the front after %d ms%n",
        onNodeB, onFront);
    assertThat(onNodeB).as("ms until node B shows what A published").isLessThan(1000);
    // The front keeps a page one second by its clock, which counts whole seconds (up to two), and
    // then serves it once more while it fetches the new one: not under a second (docs/operations.md).
    assertThat(onFront).as("ms until the front shows it").isLessThan(5000);
  }

  @Test
  @Order(3)
  void aNodeKilledUnderLoadCostsNoRequestAndNoEditorsSession() throws Exception {
    ConsoleSession editor = ConsoleSession.signIn(a, ScheduledDrafts.GAMBIA_EDITOR);
    String session = sessionCookiesOf(editor);
    assertThat(editor.get("/admin/index.xhtml").statusCode()).isEqualTo(200);

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
  }

  @Test
  @Order(4)
  @Disabled(
      "Issue 22, not done yet: the database watch does not see the relay frozen on node B"
          + " (docs/operations.md, \"When the database is away\"); this step fails until it does")
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
        "ClusterOutageIT: database back, pages after %d ms, the API after %d ms%n",
        recovered, apiBack);
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

  /** Milliseconds from {@code since} until {@code uri} answers as {@code wanted} (polled). */
  private static long millisUntil(
      URI uri, Predicate<HttpResponse<String>> wanted, long since) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> answer =
            HTTP.send(
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (wanted.test(answer)) {
          return (System.nanoTime() - since) / 1_000_000;
        }
      } catch (IOException notYet) {
        // asked again
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
