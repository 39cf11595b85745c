package org.meridian.app.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * {@code java -jar meridian.jar backup <folder>} and {@code restore <folder>}: the database and,
 * with the file-system media store, the media files, as one folder (docs/operations.md). On
 * PostgreSQL the database goes through {@code pg_dump}/{@code pg_restore} (a consistent snapshot
 * while Meridian runs); the embedded H2 database is written with H2's own {@code SCRIPT} and needs
 * Meridian stopped (H2 allows one process). A restore goes only into an empty database and an empty
 * media folder, so it never mixes two networks.
 */
public final class Backup {

  static final String MANIFEST = "meridian-backup.properties";
  static final String H2_FILE = "database.h2.sql.gz";
  static final String PG_FILE = "database.pgdump";
  static final String MEDIA = "media";

  /**
   * The embedded database when {@code MERIDIAN_DB_URL} is not set (also {@code DatabaseSettings}).
   */
  public static final String EMBEDDED_URL =
      "jdbc:h2:file:./data/meridian;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
          + ";DB_CLOSE_ON_EXIT=FALSE";

  /** Thrown with the one line to print. */
  static final class Refused extends RuntimeException {
    Refused(String line) {
      super(line);
    }
  }

  private final Function<String, String> settings;

  Backup(Function<String, String> settings) {
    this.settings = settings;
  }

  private String setting(String key, String fallback) {
    String value = settings.apply(key);
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  private String url() {
    return setting("meridian.db.url", EMBEDDED_URL);
  }

  private Path mediaFolder() {
    return "filesystem".equalsIgnoreCase(setting("meridian.media.store", "database"))
        ? Path.of(setting("meridian.media.dir", "./data/media"))
        : null;
  }

  /** Writes the backup into {@code folder} (created; must be empty); says what it wrote. */
  String backup(Path folder) throws IOException {
    Files.createDirectories(folder);
    try (Stream<Path> existing = Files.list(folder)) {
      if (existing.findAny().isPresent()) {
        throw new Refused("the backup folder " + folder + " is not empty: give a new folder");
      }
    }
    String url = url();
    String database;
    if (url.startsWith("jdbc:postgresql:")) {
      run(
          pgCommand(
              "pg_dump", url, "--format=custom", "--no-owner", "--file=" + folder.resolve(PG_FILE)),
          url);
      database = "postgresql";
    } else {
      h2(url, "SCRIPT TO '" + sqlPath(folder.resolve(H2_FILE)) + "' COMPRESSION \"GZIP\"");
      database = "h2";
    }
    // After the database: files are never changed once written, so every file the database names
    // is there (a file deleted in between is copied needlessly, never missed).
    Path media = mediaFolder();
    long files = media == null ? 0 : copyTree(media, folder.resolve(MEDIA));
    Properties manifest = new Properties();
    manifest.setProperty("format", "1");
    manifest.setProperty("created", Instant.now().toString());
    manifest.setProperty("database", database);
    manifest.setProperty("media", media == null ? "database" : "filesystem");
    manifest.setProperty("media-files", Long.toString(files));
    try (var out = Files.newBufferedWriter(folder.resolve(MANIFEST), StandardCharsets.UTF_8)) {
      manifest.store(out, "Meridian backup: restore with java -jar meridian.jar restore <folder>");
    }
    return "Backed up the "
        + database
        + " database"
        + (media == null ? " (media files inside it)" : " and " + files + " media files")
        + " to "
        + folder;
  }

  /** Restores {@code folder} into the configured, empty database and media folder. */
  String restore(Path folder) throws IOException {
    Properties manifest = new Properties();
    Path file = folder.resolve(MANIFEST);
    if (!Files.isRegularFile(file)) {
      throw new Refused(folder + " is not a Meridian backup (no " + MANIFEST + ")");
    }
    try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      manifest.load(in);
    }
    if (!"1".equals(manifest.getProperty("format"))) {
      throw new Refused("unknown backup format '" + manifest.getProperty("format") + "'");
    }
    String url = url();
    String kind = url.startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
    if (!kind.equals(manifest.getProperty("database"))) {
      throw new Refused(
          "the backup holds a "
              + manifest.getProperty("database")
              + " database and MERIDIAN_DB_URL names a "
              + kind
              + " one");
    }
    Path media = mediaFolder();
    boolean mediaFiles = "filesystem".equals(manifest.getProperty("media"));
    if (mediaFiles && media == null) {
      throw new Refused(
          "the backup has media files: set MERIDIAN_MEDIA_STORE=filesystem and"
              + " MERIDIAN_MEDIA_DIR to restore them");
    }
    if (mediaFiles && Files.isDirectory(media)) {
      try (Stream<Path> existing = Files.list(media)) {
        if (existing.findAny().isPresent()) {
          throw new Refused(
              "the media folder " + media + " is not empty: restore into an empty one");
        }
      }
    }
    if (kind.equals("postgresql")) {
      requireEmptyPostgres(url);
      run(
          pgCommand(
              "pg_restore",
              url,
              "--no-owner",
              "--exit-on-error",
              "--single-transaction",
              folder.resolve(PG_FILE).toString()),
          url);
    } else {
      h2Restore(url, folder.resolve(H2_FILE));
    }
    long files = mediaFiles ? copyTree(folder.resolve(MEDIA), media) : 0;
    return "Restored the "
        + kind
        + " database"
        + (mediaFiles ? " and " + files + " media files" : "")
        + " from "
        + folder;
  }

  // PostgreSQL

  /** {@code tool} with {@code options}, the user and the database; never the password. */
  private List<String> pgCommand(String tool, String jdbcUrl, String... options) {
    List<String> command = new ArrayList<>(List.of(tool, "--no-password"));
    String user = setting("meridian.db.user", "");
    if (!user.isEmpty()) {
      command.add("--username=" + user);
    }
    command.add("--dbname=" + libpqUri(jdbcUrl));
    command.addAll(List.of(options));
    return command;
  }

  /** {@code jdbc:postgresql://host:port/db?x=y} as the URI libpq's tools take. */
  static String libpqUri(String jdbcUrl) {
    String rest = jdbcUrl.substring("jdbc:".length());
    URI uri = URI.create(rest);
    if (uri.getHost() == null) {
      throw new Refused("MERIDIAN_DB_URL must name a host for backup and restore: " + jdbcUrl);
    }
    String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
    // Driver-only parameters (user, password) never go on a command line.
    String kept =
        Stream.of(query.split("&"))
            .filter(p -> !p.isBlank())
            .filter(
                p ->
                    !p.toLowerCase().startsWith("password=")
                        && !p.toLowerCase().startsWith("user="))
            .filter(
                p ->
                    p.toLowerCase().startsWith("sslmode=")
                        || p.toLowerCase().startsWith("connect_timeout="))
            .reduce((a, b) -> a + "&" + b)
            .orElse("");
    return "postgresql://"
        + uri.getHost()
        + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
        + uri.getRawPath()
        + (kept.isEmpty() ? "" : "?" + kept);
  }

  private void run(List<String> command, String url) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    String password = setting("meridian.db.password", "");
    if (!password.isEmpty()) {
      builder.environment().put("PGPASSWORD", password);
    }
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new Refused(
          command.get(0)
              + " is not installed: install PostgreSQL's client tools"
              + " (Debian: postgresql-client) in the server's major version or newer");
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (process.waitFor() != 0) {
        String first = output.strip().lines().findFirst().orElse("no output");
        throw new Refused(command.get(0) + " failed on " + StartupFailure.mask(url) + ": " + first);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Refused(command.get(0) + " was interrupted");
    }
  }

  private void requireEmptyPostgres(String url) {
    var source = new org.postgresql.ds.PGSimpleDataSource();
    source.setURL(url);
    String user = setting("meridian.db.user", "");
    String password = setting("meridian.db.password", "");
    if (!user.isEmpty()) {
      source.setUser(user);
    }
    if (!password.isEmpty()) {
      source.setPassword(password);
    }
    try (Connection connection = source.getConnection();
        var statement = connection.createStatement();
        var rows =
            statement.executeQuery(
                "select count(*) from information_schema.tables"
                    + " where table_schema = current_schema()")) {
      rows.next();
      if (rows.getLong(1) > 0) {
        throw new Refused(
            "the database of MERIDIAN_DB_URL is not empty: restore into a new,"
                + " empty database (createdb), then point Meridian at it");
      }
    } catch (SQLException e) {
      throw new Refused(StartupFailure.describe(e, "database " + StartupFailure.mask(url)));
    }
  }

  // H2

  private void h2(String url, String sql) {
    try (Connection connection = h2Connect(url);
        var statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new Refused(h2Problem(e));
    }
  }

  private void h2Restore(String url, Path script) {
    Path file = h2File(url);
    if (file != null && Files.exists(file)) {
      throw new Refused(
          "the embedded database "
              + file
              + " exists: move it away first (a restore"
              + " never overwrites a database)");
    }
    h2(url, "RUNSCRIPT FROM '" + sqlPath(script) + "' COMPRESSION \"GZIP\"");
  }

  /** The {@code .mv.db} file of a {@code jdbc:h2:file:} URL, or null for other kinds. */
  static Path h2File(String url) {
    if (!url.startsWith("jdbc:h2:file:")) {
      return null;
    }
    String path = url.substring("jdbc:h2:file:".length());
    int options = path.indexOf(';');
    return Path.of((options < 0 ? path : path.substring(0, options)) + ".mv.db");
  }

  private static String h2Problem(SQLException e) {
    if (e.getErrorCode() == 90020) {
      return "the embedded database is in use: stop Meridian first (H2 allows one process)";
    }
    return "the embedded database could not be read or written: " + e.getMessage();
  }

  private Connection h2Connect(String url) throws SQLException {
    Properties credentials = new Properties();
    credentials.setProperty("user", setting("meridian.db.user", "meridian"));
    credentials.setProperty("password", setting("meridian.db.password", ""));
    Connection connection = h2Driver().connect(url, credentials);
    if (connection == null) {
      throw new SQLException("not an H2 URL: " + url);
    }
    return connection;
  }

  /** H2's driver: on the class path (tests), else the one Payara Micro carries in the jar. */
  private static Driver h2Driver() {
    try {
      return (Driver) Class.forName("org.h2.Driver").getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException notOnClassPath) {
      try {
        Path jar =
            Path.of(Backup.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path h2 = Files.createTempFile("meridian-h2", ".jar");
        h2.toFile().deleteOnExit();
        try (ZipFile uber = new ZipFile(jar.toFile())) {
          ZipEntry entry = uber.getEntry("MICRO-INF/runtime/h2.jar");
          if (entry == null) {
            throw new Refused("meridian.jar carries no H2 driver");
          }
          try (InputStream in = uber.getInputStream(entry)) {
            Files.copy(in, h2, StandardCopyOption.REPLACE_EXISTING);
          }
        }
        URLClassLoader loader =
            new URLClassLoader(new URL[] {h2.toUri().toURL()}, Backup.class.getClassLoader());
        return (Driver)
            Class.forName("org.h2.Driver", true, loader).getDeclaredConstructor().newInstance();
      } catch (IOException | ReflectiveOperationException | java.net.URISyntaxException e) {
        throw new Refused("cannot load the H2 driver from meridian.jar: " + e);
      }
    }
  }

  private static String sqlPath(Path file) {
    return file.toAbsolutePath().toString().replace("'", "''");
  }

  // Files

  private static long copyTree(Path from, Path to) throws IOException {
    if (!Files.isDirectory(from)) {
      return 0;
    }
    long[] count = {0};
    try (Stream<Path> all = Files.walk(from)) {
      for (Path source : (Iterable<Path>) all::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
          count[0]++;
        }
      }
    }
    return count[0];
  }
}
