package org.meridian.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the built {@code meridian.jar} once for the whole test run, on a free port, with a fresh
 * embedded database (or the PostgreSQL named by {@code -Dmeridian.it.db.url}), and stops it when
 * the run ends. Test classes opt in with {@code @ExtendWith(MeridianServer.class)}.
 */
public final class MeridianServer implements BeforeAllCallback {

  /** The demo password the suite's server runs with: the documented default. */
  public static final String DEMO_PASSWORD = "meridian-demo";

  /**
   * The suite's server believes X-Forwarded-For from this machine, as it would from a load
   * balancer: tests that count failures per client address each sign in "from" an address of their
   * own, so their failures do not add up.
   */
  private static final Map<String, String> SUITE_ENV =
      Map.of("MERIDIAN_SIGNIN_TRUSTED_PROXIES", "127.0.0.1,0:0:0:0:0:0:0:1,::1");

  /**
   * How long the server may take to start: {@code -Dmeridian.it.start-seconds} on a busy machine.
   */
  private static final Duration START_TIMEOUT =
      Duration.ofSeconds(Long.getLong("meridian.it.start-seconds", 240));

  private static volatile Running running;

  @Override
  public void beforeAll(ExtensionContext context) {
    running =
        context
            .getRoot()
            .getStore(ExtensionContext.Namespace.GLOBAL)
            .getOrComputeIfAbsent(
                "meridian-server", key -> start(SUITE_ENV, "suite"), Running.class);
  }

  /** The suite's server. */
  public static Running server() {
    if (running == null) {
      throw new IllegalStateException(
          "Annotate the test class with @ExtendWith(MeridianServer.class)");
    }
    return running;
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

  /** Starts a server with the suite's database settings plus {@code extraEnv}, and waits for it. */
  static Running start(Map<String, String> extraEnv, String name) {
    deleteTree(workdir(name).resolve("data"));
    int port = freePort();
    Running server = new Running(launch(extraEnv, name, port), port, logOf(name));
    awaitHealthy(server);
    return server;
  }

  /**
   * Launches {@code meridian.jar} in its own working directory (so its embedded database lives
   * there) with the given environment; does not wait.
   */
  static Process launch(Map<String, String> extraEnv, String name, int port) {
    Path jar = Path.of(System.getProperty("meridian.it.jar", "../app/target/meridian.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: build it with ./mvnw package");
    }
    Path workdir = workdir(name);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx384m");
    command.add("-jar");
    command.add(jar.toAbsolutePath().toString());
    ProcessBuilder builder = new ProcessBuilder(command).directory(workdir.toFile());
    builder.redirectErrorStream(true);
    builder.redirectOutput(logOf(name).toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(key -> key.startsWith("MERIDIAN_"));
    env.put("MERIDIAN_PORT", Integer.toString(port));
    String dbUrl = System.getProperty("meridian.it.db.url", "");
    if (!dbUrl.isBlank()) {
      env.put("MERIDIAN_DB_URL", dbUrl);
      env.put("MERIDIAN_DB_USER", System.getProperty("meridian.it.db.user", ""));
      env.put("MERIDIAN_DB_PASSWORD", System.getProperty("meridian.it.db.password", ""));
    }
    env.putAll(extraEnv);
    try {
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start " + command, e);
    }
  }

  /** Whether the suite runs against an external database rather than the embedded one. */
  public static boolean usesExternalDatabase() {
    return !System.getProperty("meridian.it.db.url", "").isBlank();
  }

  static Path logOf(String name) {
    return workdir(name).resolve("server.log");
  }

  private static Path workdir(String name) {
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
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(START_TIMEOUT);
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
        if (health.statusCode() == 200 && server.logText().contains("Meridian is running")) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(500);
    }
    server.close();
    throw new IllegalStateException("meridian.jar did not become healthy:\n" + tail(server));
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
