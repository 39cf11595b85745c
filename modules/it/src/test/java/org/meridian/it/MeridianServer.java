package org.meridian.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The servers of one pass of the integration tests. Test classes opt in with {@code
 * {@literal @}ExtendWith(MeridianServer.class)}.
 *
 * <p><b>The suite server</b> is started once per pass, on a free port, on the pass's database
 * ({@link SuiteDatabase}), and stopped when the pass ends. When the pass has in-container tests,
 * Arquillian starts it first ({@code org.meridian.it.suite}), with Meridian's launcher and Payara
 * Micro running the WAR that Arquillian packed (ROOT.war plus the in-container test classes);
 * otherwise it is the built {@code meridian.jar} itself.
 *
 * <p>The suite server sends e-mail to a mail server of the tests' own ({@link #mailSink()}).
 *
 * <p><b>One more server at most</b> per pass: {@link #second()} ({@code node-b}, the built {@code
 * meridian.jar} on the same database, without a mail server) or {@link #restartSuite} (the suite
 * server stopped and started again on its data). Classes that need one carry {@link
 * NeedsSecondServer}, so that they run after every other class of the pass.
 */
public final class MeridianServer implements BeforeAllCallback {

  /** The request threads of every test server ({@code MERIDIAN_HTTP_THREADS}). */
  static final int HTTP_THREADS = 16;

  /** The demo password the suite's server runs with: the documented default. */
  public static final String DEMO_PASSWORD = "meridian-demo";

  /**
   * What every server of the tests runs with:
   *
   * <ul>
   *   <li>the demo network, which the tests read and change (production starts without it);
   *   <li>X-Forwarded-For is believed from this machine, as from a load balancer: tests that count
   *       failures per client address each sign in "from" an address of their own;
   *   <li>a cheap password hash (production keeps its default), or every sign-in costs half a
   *       second;
   *   <li>background work checked every second, so that tests wait for seconds, not minutes;
   *   <li>no clustering (production clusters the servers of a PostgreSQL database): the suite's
   *       servers share this machine with other runs' servers;
   *   <li>a pool of 16 request threads, as a node behind the front runs (docker/compose.yaml sets
   *       8): every test then also shows that nothing waits on a thread the pool cannot give.
   * </ul>
   */
  static final Map<String, String> TEST_SERVER_ENV =
      Map.of(
          "MERIDIAN_DEMO_ENABLED", "true",
          "MERIDIAN_SIGNIN_TRUSTED_PROXIES", "127.0.0.1,0:0:0:0:0:0:0:1,::1",
          "MERIDIAN_PASSWORD_ITERATIONS", "1024",
          "MERIDIAN_SCHEDULE_INTERVAL_SECONDS", "1",
          "MERIDIAN_ALERTS_RELOAD_SECONDS", "1",
          // Alone on the machine's loopback with other engineers' servers: only ClusterOutageIT's
          // nodes cluster, on ports and a group of their own.
          "MERIDIAN_CLUSTER", "off",
          "MERIDIAN_HTTP_THREADS", Integer.toString(HTTP_THREADS));

  /**
   * The JVM of every test server: a small heap, the quick compiler alone and the serial collector.
   * The two passes share two cores, and CPU time is what the run spends: the quick compiler cut the
   * run's CPU time by more than a third (8.3 against 13.3 minutes, measured), most of it at the
   * servers' start. Production keeps the JVM's defaults.
   */
  static final List<String> TEST_SERVER_JVM =
      List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

  /**
   * How long the server may take to start: {@code -Dmeridian.it.start-seconds} on a busy machine.
   */
  private static final Duration START_TIMEOUT =
      Duration.ofSeconds(Long.getLong("meridian.it.start-seconds", 240));

  private static Running suite;
  private static Path suiteWar;
  private static Running second;
  private static SmtpSink mailSink;
  private static int boots;
  private static int clusterBoots;
  private static final List<Running> clusterNodes = new ArrayList<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(MeridianServer::stopAll, "stop-test-servers"));
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    suite();
  }

  /** The suite's server, started with {@code meridian.jar} if nothing started it yet. */
  public static Running server() {
    return suite();
  }

  private static synchronized Running suite() {
    if (suite == null) {
      suite = start(suiteEnvironment(), "suite", null);
    }
    return suite;
  }

  /**
   * The suite server sends e-mail, as it goes, to the tests' own mail server ({@link #mailSink()}),
   * at once and retried every second; the second server has none.
   */
  private static Map<String, String> suiteEnvironment() {
    if (mailSink == null) {
      mailSink = new SmtpSink();
    }
    Map<String, String> env = new HashMap<>();
    env.put("MERIDIAN_NODE_NAME", "suite");
    env.put("MERIDIAN_ACCESS_LOG", "true");
    env.put("MERIDIAN_SMTP_HOST", "127.0.0.1");
    env.put("MERIDIAN_SMTP_PORT", Integer.toString(mailSink.port()));
    env.put("MERIDIAN_SMTP_FROM", "meridian@it.example.org");
    env.put("MERIDIAN_SMTP_TIMEOUT_SECONDS", "2");
    env.put("MERIDIAN_SMTP_INTERVAL_SECONDS", "1");
    env.put("MERIDIAN_SMTP_RETRY_SECONDS", "1");
    env.put("MERIDIAN_SMTP_MAX_ATTEMPTS", "100");
    return env;
  }

  /**
   * Starts the suite server with {@code war} in place of the WAR inside {@code meridian.jar}
   * (Arquillian's packed deployment); a second call with the same content finds it running.
   */
  public static synchronized Running suiteWithWar(Path war) {
    if (suite != null) {
      if (suiteWar == null) {
        throw new IllegalStateException(
            "The suite server already runs meridian.jar without the in-container tests: in-container"
                + " classes must run first in a pass (InContainerFirst orders them so)");
      }
      return suite;
    }
    suite = start(suiteEnvironment(), "suite", war);
    suiteWar = war;
    return suite;
  }

  /**
   * Stops the suite server and starts {@code meridian.jar} on the same data (the pass's one
   * restarted server): what a node does after a downtime.
   */
  static synchronized Running restartSuite(Runnable whileDown) {
    Running running = suite();
    running.close();
    whileDown.run();
    int port = freePort();
    // The log goes on in the same file: tests read what the server did before and after.
    suite =
        new Running(launch(suiteEnvironment(), "suite", port, null, true), port, logOf("suite"));
    boots++;
    awaitHealthy(suite);
    return suite;
  }

  /**
   * {@code node-b}: the built {@code meridian.jar} on the pass's database, without a mail server;
   * started on first use and kept until the pass ends.
   */
  static synchronized Running second() {
    if (second == null) {
      // Only when PostgreSQL is missing outside CI (SuiteDatabase fails CI instead).
      org.junit.jupiter.api.Assumptions.assumeTrue(
          SuiteDatabase.get().isPostgres(),
          "A second server shares the suite's database only on PostgreSQL, and there is none");
      second = start(Map.of("MERIDIAN_NODE_NAME", "node-b"), "node-b", null);
    }
    return second;
  }

  /** The mail server the suite server sends through. */
  static synchronized SmtpSink mailSink() {
    suite();
    return mailSink;
  }

  /**
   * How many servers this pass has booted so far for the suite and the one extra server (the budget
   * is two); the nodes of {@link #cluster} are counted apart ({@link #clusterBoots}).
   */
  static synchronized int boots() {
    return boots;
  }

  /** How many nodes {@link #cluster} booted (ClusterOutageIT's two, in the PostgreSQL pass). */
  static synchronized int clusterBoots() {
    return clusterBoots;
  }

  /**
   * Starts {@code meridian.jar} once per entry of {@code nodes} (name → settings on top of the
   * test settings and the pass's database), all at once, and waits for every one: the nodes of the
   * one class that tests a cluster (ClusterOutageIT). They are stopped when the pass ends, if the
   * class has not stopped them.
   */
  static synchronized List<Running> cluster(Map<String, Map<String, String>> nodes) {
    List<Running> started = new ArrayList<>();
    for (Map.Entry<String, Map<String, String>> node : nodes.entrySet()) {
      deleteTree(workdir(node.getKey()).resolve("data"));
      int port = freePort();
      started.add(
          new Running(
              launch(node.getValue(), node.getKey(), port, null, false),
              port,
              logOf(node.getKey())));
      clusterBoots++;
    }
    clusterNodes.addAll(started);
    for (Running node : started) {
      // Fresh logs: any "Meridian is running" in them is this start's.
      awaitHealthy(node, -1);
    }
    return started;
  }

  private static synchronized void stopAll() {
    clusterNodes.forEach(Running::close);
    for (Running server : new Running[] {second, suite}) {
      if (server != null) {
        server.close();
      }
    }
    if (mailSink != null) {
      mailSink.close();
    }
    SuiteDatabase.get().close();
  }

  /** A running server process; closing it stops the process. */
  public record Running(Process process, int port, Path log) implements AutoCloseable {

    public URI uri(String path) {
      return URI.create("http://localhost:" + port + path);
    }

    public String logText() {
      try {
        return Files.readString(log, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      process.destroy();
      try {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Starts a server on fresh data (in the embedded pass) with the pass's database and test settings
   * plus {@code extraEnv}, running {@code war} (or {@code meridian.jar} when null), and waits for
   * it.
   */
  private static Running start(Map<String, String> extraEnv, String name, Path war) {
    deleteTree(workdir(name).resolve("data"));
    int port = freePort();
    Running server = new Running(launch(extraEnv, name, port, war, false), port, logOf(name));
    boots++;
    awaitHealthy(server);
    return server;
  }

  /**
   * Launches {@code meridian.jar} in its own working directory (so its embedded database lives
   * there) with the given environment; does not wait.
   */
  static Process launch(Map<String, String> extraEnv, String name, int port) {
    return launch(extraEnv, name, port, null, false);
  }

  private static Process launch(
      Map<String, String> extraEnv, String name, int port, Path war, boolean appendToLog) {
    Path jar = Path.of(System.getProperty("meridian.it.jar", "../app/target/meridian.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: build it with ./mvnw package");
    }
    Path workdir = workdir(name);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(TEST_SERVER_JVM);
    if (war == null) {
      command.add("-jar");
      command.add(jar.toAbsolutePath().toString());
    } else {
      // The same launcher and Payara Micro as meridian.jar, with another WAR; off the class path,
      // Payara's jar manifest no longer opens the JDK's modules to it, so the command does.
      command.addAll(modulesOpenedBy(Path.of(payaraMicro())));
      command.add("-cp");
      command.add(launcherClasses(jar) + java.io.File.pathSeparator + payaraMicro());
      command.add("org.meridian.app.launcher.MeridianLauncher");
      command.add("--deploy");
      command.add(war.toAbsolutePath().toString());
    }
    ProcessBuilder builder = new ProcessBuilder(command).directory(workdir.toFile());
    builder.redirectErrorStream(true);
    if (!appendToLog) {
      try {
        Files.deleteIfExists(logOf(name));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logOf(name).toFile()));
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(key -> key.startsWith("MERIDIAN_"));
    env.put("MERIDIAN_PORT", Integer.toString(port));
    env.putAll(TEST_SERVER_ENV);
    env.putAll(SuiteDatabase.get().serverEnvironment());
    env.putAll(extraEnv);
    try {
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start " + command, e);
    }
  }

  /** The JVM options that the manifest of {@code jar} asks for (Add-Opens, Add-Exports). */
  private static List<String> modulesOpenedBy(Path jar) {
    List<String> options = new ArrayList<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      var attributes = file.getManifest().getMainAttributes();
      for (String kind : new String[] {"Add-Opens", "Add-Exports"}) {
        String packages = attributes.getValue(kind);
        if (packages != null) {
          for (String modulePackage : packages.trim().split("\\s+")) {
            options.add(
                "--"
                    + kind.toLowerCase(java.util.Locale.ROOT)
                    + "="
                    + modulePackage
                    + "=ALL-UNNAMED");
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return options;
  }

  /** Payara Micro as the app module's build copied it. */
  private static String payaraMicro() {
    Path micro = Path.of(System.getProperty("payara.microJar", ""));
    if (!Files.isRegularFile(micro)) {
      throw new IllegalStateException("Payara Micro is missing at " + micro + ": ./mvnw package");
    }
    return micro.toAbsolutePath().toString();
  }

  /** The launcher's classes (and its PostgreSQL driver), taken out of {@code meridian.jar}. */
  private static String launcherClasses(Path jar) {
    Path dir = workdir("launcher");
    try (JarFile file = new JarFile(jar.toFile())) {
      var entries = file.entries();
      while (entries.hasMoreElements()) {
        var entry = entries.nextElement();
        String entryName = entry.getName();
        boolean wanted =
            entryName.startsWith("org/meridian/app/launcher/")
                || entryName.startsWith("org/postgresql/");
        if (wanted && !entry.isDirectory()) {
          Path target = dir.resolve(entryName);
          Files.createDirectories(target.getParent());
          try (InputStream in = file.getInputStream(entry)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir.toAbsolutePath().toString();
  }

  /** Whether the pass runs against PostgreSQL rather than the embedded database. */
  public static boolean usesExternalDatabase() {
    return SuiteDatabase.get().isPostgres();
  }

  static Path logOf(String name) {
    return workdir(name).resolve("server.log");
  }

  /** Where the pass keeps what the server called {@code name} writes (data, log, WAR). */
  public static Path workdir(String name) {
    Path dir = Path.of(System.getProperty("meridian.it.workdir", "target/it-server")).resolve(name);
    try {
      Files.createDirectories(dir);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void awaitHealthy(Running server) {
    awaitHealthy(server, server.logText().lastIndexOf("Meridian is running"));
  }

  /** Waits until {@code server} is healthy and has said so in its log after {@code logStart}. */
  private static void awaitHealthy(Running server, long logStart) {
    // HTTP/1.1: the client's default (HTTP/2, by an h2c upgrade on plain HTTP) deadlocked Grizzly's
    // HTTP/2 output sink twice on 2026-12-07 (two request threads, each holding the lock the other
    // waited for), and the server never answered its first /health.
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    String lastSeen = "nothing yet";
    while (Instant.now().isBefore(deadline)) {
      if (!server.process().isAlive()) {
        throw new IllegalStateException(
            "meridian.jar exited with " + server.process().exitValue() + ":\n" + tail(server));
      }
      try {
        HttpResponse<String> health =
            client.send(
                HttpRequest.newBuilder(server.uri("/health"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200
            && server.logText().lastIndexOf("Meridian is running") > logStart) {
          return;
        }
        lastSeen = "/health answered " + health.statusCode() + ": " + health.body();
      } catch (IOException notYet) {
        lastSeen = "/health: " + notYet; // still starting
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(250);
    }
    server.close();
    throw new IllegalStateException(
        "meridian.jar did not become healthy (last: " + lastSeen + "):\n" + tail(server));
  }

  static String tail(Running server) {
    String[] lines = server.logText().split("\n");
    return String.join(
        "\n", java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - 60), lines.length));
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Deletes a directory tree (a previous run's embedded database). */
  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
