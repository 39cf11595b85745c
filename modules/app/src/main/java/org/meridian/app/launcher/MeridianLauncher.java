package org.meridian.app.launcher;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The entry point of {@code meridian.jar}: reads the settings the server needs before it boots,
 * refuses a taken port at once, starts Payara Micro with the bundled WAR, and stops the process
 * with one clear line when the application could not start (for instance, no database).
 *
 * <p>It runs before any Jakarta EE service exists, so it reads environment variables and system
 * properties with MicroProfile Config's naming ({@code meridian.port} or {@code MERIDIAN_PORT});
 * the application itself uses MicroProfile Config.
 *
 * <p>Its classes are compiled for Java 17 (the build's {@code launcher-classes}), the rest of the
 * jar for 21: started by an older {@code java}, it says so in one line instead of Payara failing
 * with a class-version error.
 */
public final class MeridianLauncher {

  /** Set by the application when it is ready; read here across class loaders. */
  public static final String STARTED_PROPERTY = "meridian.startup.done";

  /** Set by the application, with a one-line reason, when it cannot start. */
  public static final String FAILURE_PROPERTY = "meridian.startup.failure";

  /** Where Payara unpacks itself for this process; removed when it ends. */
  private static Path runtime;

  /** Payara Micro 7 runs on Java 21 or newer. */
  static final int LOWEST_JAVA = 21;

  private MeridianLauncher() {}

  public static void main(String[] args) {
    javaProblem(Runtime.version().feature(), System.getProperty("java.home"))
        .ifPresent(MeridianLauncher::fail);
    // Secrets handed over as files (MERIDIAN_DB_PASSWORD_FILE=/run/secrets/...), for backups too.
    List<String> files =
        Settings.fromFiles(System::getenv, Settings::fromProcess, System::setProperty);
    if (!files.isEmpty()) {
      fail(String.join(System.lineSeparator() + "Meridian cannot start: ", files));
    }
    if (args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"))) {
      backupOrRestore(args);
      return;
    }
    if (args.length > 0
        && (args[0].equals("export")
            || args[0].equals("import")
            || args[0].equals("import-wordpress")
            || args[0].equals("mirror"))) {
      archive(args);
      return;
    }
    List<String> problems = Settings.problems(Settings::fromProcess);
    if (!problems.isEmpty()) {
      fail(String.join(System.lineSeparator() + "Meridian cannot start: ", problems));
    }
    int port = port(setting("meridian.port", "8080"));
    if (!isFree(port)) {
      fail(
          "Port "
              + port
              + " is already in use: stop the program that uses it or set MERIDIAN_PORT to a free"
              + " port");
    }
    DatabaseProbe.problem(
            setting("meridian.db.url", ""),
            setting("meridian.db.user", ""),
            setting("meridian.db.password", ""))
        .ifPresent(MeridianLauncher::fail);
    runtime = RuntimeFolder.create(Path.of("data", "runtime").toAbsolutePath());
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> RuntimeFolder.delete(runtime), "remove-runtime-folder"));
    // Command-line options win over the options Payara baked into the uber jar.
    List<String> payaraArgs = new ArrayList<>(List.of("--port", Integer.toString(port)));
    payaraArgs.add("--disablephonehome");
    payaraArgs.addAll(List.of("--rootdir", runtime.toString()));
    if (!List.of(args).contains("--logproperties")) {
      payaraArgs.addAll(
          List.of(
              "--logproperties",
              RuntimeFolder.loggingProperties(
                      runtime,
                      Cluster.isOn(
                          setting("meridian.cluster", "auto"), setting("meridian.db.url", "")))
                  .toString()));
    }
    if (Cluster.isOn(setting("meridian.cluster", "auto"), setting("meridian.db.url", ""))) {
      System.setProperty(Cluster.BIND_ANY, "false");
    }
    payaraArgs.addAll(
        Cluster.arguments(
            setting("meridian.cluster", "auto"),
            setting("meridian.db.url", ""),
            setting("meridian.cluster.members", ""),
            setting("meridian.cluster.interfaces", "127.0.0.1"),
            Integer.parseInt(setting("meridian.cluster.port", "6900")),
            List.of(args)));
    String httpThreads = setting("meridian.http.threads", "");
    payaraArgs.addAll(
        PreBootCommands.with(
            List.of(args),
            httpThreads.isEmpty()
                ? java.util.OptionalInt.empty()
                : java.util.OptionalInt.of(Integer.parseInt(httpThreads))));
    boolean warmUp = Boolean.parseBoolean(setting("meridian.site.warm-up", "true"));
    if (warmUp) {
      WarmUp.pending();
    }
    bootPayara(payaraArgs.toArray(String[]::new));
    Drain.onTerm(Integer.parseInt(setting("meridian.shutdown.drain-seconds", "10")));
    String failure = System.getProperty(FAILURE_PROPERTY);
    if (failure != null) {
      fail(failure);
    }
    if (System.getProperty(STARTED_PROPERTY) == null) {
      fail("Meridian did not start: the lines above say why");
    }
    if (warmUp) {
      // Ready only once each kind of public page has been rendered (docs/operations.md).
      WarmUp.run(port);
    }
    System.out.println(
        """

        Meridian is running on http://localhost:%1$d/
          Admin console:  http://localhost:%1$d/admin/
          JSON API:       http://localhost:%1$d/api/v1/offices
          Health:         http://localhost:%1$d/health
        %2$s"""
            .formatted(port, System.getProperty("meridian.startup.summary", "")));
    // Written to a file, standard output is buffered: whoever watches the log (an operator, a
    // supervisor, the tests) sees that the server is ready now, not at the next log line.
    System.out.flush();
  }

  /** {@code backup <folder>} or {@code restore <folder>}, then exit (docs/operations.md). */
  private static void backupOrRestore(String[] args) {
    if (args.length != 2) {
      System.err.println("Usage: java -jar meridian.jar " + args[0] + " <folder>");
      System.exit(2);
    }
    Backup backup = new Backup(Settings::fromProcess);
    try {
      Path folder = Path.of(args[1]);
      System.out.println(args[0].equals("backup") ? backup.backup(folder) : backup.restore(folder));
      System.exit(0);
    } catch (Backup.Refused | java.io.IOException | java.io.UncheckedIOException e) {
      System.err.println("Meridian cannot " + args[0] + ": " + e.getMessage());
      System.exit(1);
    }
  }

  /**
   * {@code export <office> <file> [--live-only] [--people]} or {@code import <file> [--as <code>]}
   * through a running Meridian, then exit (docs/archive.md).
   */
  private static void archive(String[] args) {
    try {
      System.out.println(new ArchiveCommand(System::getenv).run(List.of(args)));
      System.exit(0);
    } catch (ArchiveCommand.Refused | java.io.IOException | java.io.UncheckedIOException e) {
      System.err.println("Meridian cannot " + args[0] + ": " + e.getMessage());
      System.exit(1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      System.exit(1);
    }
  }

  private static void bootPayara(String[] args) {
    try {
      Class.forName("fish.payara.micro.PayaraMicro")
          .getMethod("main", String[].class)
          .invoke(null, (Object) args);
    } catch (InvocationTargetException e) {
      fail("Payara Micro could not start: " + e.getCause());
    } catch (ReflectiveOperationException e) {
      fail("meridian.jar is incomplete, Payara Micro is missing: " + e);
    }
  }

  /** Why this Java cannot run Meridian, if it cannot. */
  static Optional<String> javaProblem(int feature, String javaHome) {
    if (feature >= LOWEST_JAVA) {
      return Optional.empty();
    }
    return Optional.of(
        "Payara Micro 7 needs Java "
            + LOWEST_JAVA
            + " or newer, and this is Java "
            + feature
            + " ("
            + javaHome
            + "): start meridian.jar with a Java "
            + LOWEST_JAVA
            + "+ java (./run.sh finds one), or install one (Debian 13/Ubuntu 24.04: openjdk-21-jdk;"
            + " Debian 12: Temurin from adoptium.net)");
  }

  /** A setting from a system property, else its environment variable, else the default. */
  static String setting(String name, String defaultValue) {
    String value = System.getProperty(name);
    if (value == null) {
      value = System.getenv(name.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
    }
    return value == null ? defaultValue : value.strip();
  }

  static int port(String text) {
    try {
      int port = Integer.parseInt(text);
      if (port >= 1 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    fail("MERIDIAN_PORT must be a port number from 1 to 65535, not '" + text + "'");
    return -1;
  }

  static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void fail(String reason) {
    System.err.println("Meridian cannot start: " + reason);
    System.err.flush();
    if (runtime != null) {
      RuntimeFolder.delete(runtime);
    }
    Runtime.getRuntime().halt(1);
  }
}
