package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import org.jsoup.Jsoup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;

/**
 * {@link ClusterOutageIT}'s rig: two clustered nodes on PostgreSQL, reached through a relay of the
 * test's own ({@link DatabaseProxy}) that the test cuts (the machine's PostgreSQL is shared with
 * other runs and is never stopped), behind nginx with {@code docker/front}'s own files, as
 * production runs them, without Docker; and the HTTP helpers that time what the nodes and the front
 * answer.
 */
final class ClusterRig implements AutoCloseable {

  /** HTTP/1.1, as nginx speaks to the nodes (an h2c upgrade can deadlock Grizzly: MeridianServer). */
  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final DatabaseProxy database;
  private final MeridianServer.Running a;
  private final MeridianServer.Running b;
  private NginxFront front;

  private ClusterRig(DatabaseProxy database, MeridianServer.Running a, MeridianServer.Running b) {
    this.database = database;
    this.a = a;
    this.b = b;
  }

  /** Starts both nodes (the pass's two cluster boots) and the front; skips without nginx outside CI. */
  static ClusterRig start() throws Exception {
    NginxFront.assumeInstalled();
    Assumptions.assumeTrue(
        MeridianServer.usesExternalDatabase(), "two nodes share a database only on PostgreSQL");
    URI postgres = URI.create(SuiteDatabase.get().url().substring("jdbc:".length()));
    DatabaseProxy database =
        new DatabaseProxy(postgres.getHost(), postgres.getPort() < 0 ? 5432 : postgres.getPort());
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
    ClusterRig rig = new ClusterRig(database, started.get(0), started.get(1));
    rig.front = NginxFront.before(List.of(rig.a, rig.b));
    return rig;
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
    // One line per request with its milliseconds: what each node did while a change travelled,
    // and the pages its warm-up rendered (rid=warm-up-N).
    env.put("MERIDIAN_ACCESS_LOG", "true");
    return env;
  }

  DatabaseProxy database() {
    return database;
  }

  MeridianServer.Running a() {
    return a;
  }

  MeridianServer.Running b() {
    return b;
  }

  /** {@code path} through the front. */
  URI front(String path) {
    return front.uri(path);
  }

  /** The front's log lines (log_format timing) from {@code epochSeconds} on, at most 40. */
  List<String> frontLogSince(double epochSeconds) throws IOException {
    Path log = front.accessLog();
    if (!Files.exists(log)) {
      return List.of();
    }
    return Files.readAllLines(log).stream()
        .filter(line -> line.indexOf(' ') > 0)
        .filter(line -> Double.parseDouble(line.substring(0, line.indexOf(' '))) >= epochSeconds)
        .limit(40)
        .toList();
  }

  /**
   * Makes {@code change} (on node A), then asks node B and the front, in turn, every 25 ms, until both
   * show {@code text} (or no longer do); returns the milliseconds from the change's answer until
   * the later of the two showed it. Deterministic: nothing is retried; the front keeps no page
   * without asking a node (docker/front, X-Accel-Expires), so it shows what B shows. Prints what B
   * and the front answered before, and what the front did meanwhile (its log: status, cache
   * status, node, the node's seconds, its own), for the slow ones.
   */
  long shownWithin(
      ThrowingRunnable change, URI onB, URI throughFront, String text, boolean shown)
      throws Exception {
    change.run();
    long changed = System.nanoTime();
    double changedAt = System.currentTimeMillis() / 1000.0;
    Predicate<HttpResponse<String>> wanted = r -> r.body().contains(text) == shown;
    long onNodeB = millisUntil(onB, wanted, changed);
    List<String> beforeOnB = unwanted();
    long onFront = millisUntil(throughFront, wanted, changed);
    List<String> beforeThroughFront = unwanted();
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

  @FunctionalInterface
  interface ThrowingRunnable {
    void run() throws Exception;
  }

  /**
   * Asks {@code node} once for each kind of public page below {@code base} (an office and
   * language) and returns each one's milliseconds; an item's address comes from the news list.
   */
  static Map<String, Long> renderEachKind(MeridianServer.Running node, String base)
      throws Exception {
    Map<String, Long> millis = new LinkedHashMap<>();
    timed(millis, "home", node.uri(base + "/"));
    String news = timed(millis, "news", node.uri(base + "/news"));
    String item = Jsoup.parse(news).select(".card-title a[href]").attr("href");
    assertThat(item).as("an item's address on %s's news list", base).isNotEmpty();
    timed(millis, "item", node.uri(URI.create(item).getRawPath()));
    timed(millis, "events", node.uri(base + "/events"));
    timed(millis, "publications", node.uri(base + "/publications"));
    timed(millis, "themes", node.uri(base + "/themes"));
    timed(millis, "search", node.uri(base + "/search?q=the"));
    timed(millis, "feed", node.uri(base + "/feed.atom"));
    timed(millis, "sitemap", node.uri(base.substring(0, base.lastIndexOf('/')) + "/sitemap.xml"));
    return millis;
  }

  private static String timed(Map<String, Long> millis, String kind, URI uri) throws Exception {
    long asked = System.nanoTime();
    HttpResponse<String> page = get(uri);
    millis.put(kind, (System.nanoTime() - asked) / 1_000_000);
    assertThat(page.statusCode()).as("%s: %s", kind, uri).isEqualTo(200);
    return page.body();
  }

  static String loadAverage() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (front != null) {
      front.close();
    }
    a.close();
    b.close();
    database.close();
  }

  static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** What the last {@link #millisUntil} was answered before the answer it waited for. */
  private static final ThreadLocal<List<String>> UNWANTED = ThreadLocal.withInitial(ArrayList::new);

  static List<String> unwanted() {
    return UNWANTED.get();
  }

  /** Milliseconds from {@code since} until {@code uri} answers as {@code wanted} (polled). */
  static long millisUntil(URI uri, Predicate<HttpResponse<String>> wanted, long since)
      throws Exception {
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

  static void awaitTrue(BooleanSupplier condition, Duration patience, String what) {
    long deadline = System.nanoTime() + patience.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return;
      }
      MeridianServer.sleep(250);
    }
    throw new AssertionError("not within " + patience + ": " + what);
  }

  static int count(String text, String needle) {
    int count = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      count++;
    }
    return count;
  }
}
