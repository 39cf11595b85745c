package org.meridian.app.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code java -jar meridian.jar export <office> <file> [--live-only] [--people]} and {@code import
 * <file> [--as <code>]} (docs/archive.md, docs/operations.md): office archives through a
 * <em>running</em> Meridian, signed in as an HQ administrator, over the console's archive
 * addresses.
 *
 * <p>Why through the server rather than on the database: the export and import are the services the
 * console uses (permission check, sanitiser, media checks, audit trail), and an import must tell
 * the running servers' page caches and search index what changed; the embedded H2 database allows
 * one process at a time and PostgreSQL deployments run several nodes, so a second process writing
 * the database would either be impossible or leave the running ones stale. The command works the
 * same against a server on this machine or a remote one.
 */
final class ArchiveCommand {

  /** Thrown with the one line to print. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String line) {
      super(line);
    }
  }

  private static final Pattern SIGN_IN_TOKEN =
      Pattern.compile("name=\"meridian_signin_token\"[^>]*value=\"([^\"]+)\"");

  private final Function<String, String> env;
  private final HttpClient http;
  private final URI server;

  ArchiveCommand(Function<String, String> env) {
    this.env = env;
    String port = value("MERIDIAN_PORT", "8080");
    this.server =
        URI.create(
            value("MERIDIAN_ARCHIVE_SERVER", "http://localhost:" + port).replaceAll("/+$", ""));
    this.http = client();
  }

  /**
   * The command line's HTTP client: HTTP/1.1 only. The JDK's client asks a server at an {@code
   * http:} address to switch to HTTP/2 ({@code Upgrade: h2c}), and Payara's agrees; an archive of
   * more than 2 GiB sent over HTTP/2 then broke off as a "protocol error" when the connection's
   * flow-control window passed 2^31 - 1 bytes (bench/README.md, "Office archives"). Over HTTP/1.1
   * the body is a plain stream with a 64-bit Content-Length, which is all an upload needs.
   */
  static HttpClient client() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .cookieHandler(PlainCookies.manager())
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  private String value(String name, String fallback) {
    String v = env.apply(name);
    return v == null || v.isBlank() ? fallback : v.strip();
  }

  /** Runs {@code args} ({@code export …} or {@code import …}); returns what to print. */
  String run(List<String> args) throws IOException, InterruptedException {
    if (args.get(0).equals("mirror")) {
      return new MirrorCommand(this).run(args.subList(1, args.size()));
    }
    if (args.get(0).equals("import-wordpress")) {
      return importWordPress(args.subList(1, args.size()));
    }
    if (args.get(0).equals("export")) {
      List<String> options = args.size() < 3 ? List.of() : args.subList(3, args.size());
      if (args.size() < 3
          || !List.of("--live-only", "--people").containsAll(options)
          || options.size() != new java.util.HashSet<>(options).size()) {
        throw new Refused(
            "usage: java -jar meridian.jar export <office> <file> [--live-only] [--people]");
      }
      return export(
          args.get(1),
          Path.of(args.get(2)),
          options.contains("--live-only"),
          options.contains("--people"));
    }
    if (args.size() != 2 && !(args.size() == 4 && args.get(2).equals("--as"))) {
      throw new Refused("usage: java -jar meridian.jar import <file> [--as <code>]");
    }
    return importArchive(Path.of(args.get(1)), args.size() == 4 ? args.get(3) : null);
  }

  String export(String office, Path file, boolean liveOnly, boolean withPeople)
      throws IOException, InterruptedException {
    if (Files.exists(file)) {
      throw new Refused(file + " exists: give a new file name");
    }
    signIn();
    Path part = file.resolveSibling(file.getFileName() + ".part");
    HttpResponse<Path> response =
        http.send(
            get(
                "/admin/archive/export?office="
                    + URLEncoder.encode(office, StandardCharsets.UTF_8)
                    + (liveOnly ? "&liveOnly=true" : "")
                    + (withPeople ? "&people=true" : "")),
            HttpResponse.BodyHandlers.ofFile(part));
    if (response.statusCode() != 200) {
      String why = Files.readString(part).strip();
      Files.deleteIfExists(part);
      throw new Refused(why.isEmpty() ? "the server answered " + response.statusCode() : why);
    }
    // The server streams as it reads: a failure half-way ends the zip early, after a 200.
    boolean whole;
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(part.toFile())) {
      whole = zip.getEntry("manifest.json") != null;
    } catch (IOException cut) {
      whole = false;
    }
    if (!whole) {
      Files.deleteIfExists(part);
      throw new Refused(
          "the export broke off before its end (see the server's log); nothing was kept");
    }
    Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
    return "Exported " + office + " to " + file + " (" + Files.size(file) + " bytes)";
  }

  String importArchive(Path file, String as) throws IOException, InterruptedException {
    if (!Files.isRegularFile(file)) {
      throw new Refused("there is no file " + file);
    }
    signIn();
    String token =
        http.send(get("/admin/archive/token"), HttpResponse.BodyHandlers.ofString()).body().strip();
    String query = as == null ? "" : "?as=" + URLEncoder.encode(as, StandardCharsets.UTF_8);
    return startAndFollow("/admin/archive/import" + query, "application/zip", token, file);
  }

  /**
   * Uploads {@code body} to start a background import, then follows it (a long import in one
   * request would outlast the server's and proxies' time limits): its progress on standard error,
   * its report as the result.
   */
  private String startAndFollow(String path, String type, String token, Path body)
      throws IOException, InterruptedException {
    HttpResponse<String> started =
        http.send(
            HttpRequest.newBuilder(server.resolve(path))
                .header("Content-Type", type)
                .header("X-Meridian-Archive-Token", token)
                .POST(HttpRequest.BodyPublishers.ofFile(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String location = started.headers().firstValue("Location").orElse("");
    Matcher job = Pattern.compile("[?&]job=([0-9a-f-]+)").matcher(location);
    if (started.statusCode() / 100 != 3 || !job.find()) {
      throw new Refused(
          started.body().isBlank()
              ? "the server answered " + started.statusCode()
              : started.body().strip());
    }
    String last = "";
    while (true) {
      HttpResponse<String> state =
          http.send(
              get("/admin/archive/job?id=" + job.group(1)), HttpResponse.BodyHandlers.ofString());
      if (state.statusCode() == 202) {
        String now = state.body().strip();
        if (!now.equals(last)) {
          System.err.println("… " + now);
          last = now;
        }
        Thread.sleep(1000);
        continue;
      }
      if (state.statusCode() != 200) {
        throw new Refused(state.body().strip());
      }
      return state.body().strip();
    }
  }

  /**
   * {@code import-wordpress <export.xml|export.zip> --office <code> [--uploads <folder>] [--authors
   * login=email,…] [--language <tag>] [--dry-run]}: the export (with its uploads folder, zipped
   * here on the way) into an existing office.
   */
  String importWordPress(List<String> args) throws IOException, InterruptedException {
    String usage =
        "usage: java -jar meridian.jar import-wordpress <export.xml|export.zip> --office <code>"
            + " [--uploads <folder>] [--authors login=email,...] [--language <tag>] [--dry-run]";
    if (args.isEmpty()) {
      throw new Refused(usage);
    }
    Path export = Path.of(args.get(0));
    Map<String, String> options = new java.util.HashMap<>();
    boolean dryRun = false;
    for (int i = 1; i < args.size(); i++) {
      String option = args.get(i);
      if (option.equals("--dry-run")) {
        dryRun = true;
      } else if (List.of("--office", "--uploads", "--authors", "--language").contains(option)
          && i + 1 < args.size()) {
        options.put(option, args.get(++i));
      } else {
        throw new Refused(usage);
      }
    }
    if (!options.containsKey("--office")) {
      throw new Refused(usage);
    }
    if (!Files.isRegularFile(export)) {
      throw new Refused("there is no file " + export);
    }
    Path body = export;
    Path packed = null;
    if (options.containsKey("--uploads")) {
      Path uploads = Path.of(options.get("--uploads"));
      if (!Files.isDirectory(uploads)) {
        throw new Refused("there is no folder " + uploads);
      }
      packed = Files.createTempFile("meridian-wordpress-", ".zip");
      pack(export, uploads, packed);
      body = packed;
    }
    try {
      signIn();
      String token =
          http.send(get("/admin/archive/token"), HttpResponse.BodyHandlers.ofString())
              .body()
              .strip();
      StringBuilder query =
          new StringBuilder("/admin/archive/wordpress?office=")
              .append(URLEncoder.encode(options.get("--office"), StandardCharsets.UTF_8));
      if (dryRun) {
        query.append("&dryRun=true");
      }
      for (String name : List.of("authors", "language")) {
        if (options.containsKey("--" + name)) {
          query
              .append('&')
              .append(name)
              .append('=')
              .append(URLEncoder.encode(options.get("--" + name), StandardCharsets.UTF_8));
        }
      }
      return startAndFollow(
          query.toString(), packed == null ? "application/xml" : "application/zip", token, body);
    } finally {
      if (packed != null) {
        Files.deleteIfExists(packed);
      }
    }
  }

  /** The export and its uploads folder as one zip ({@code export.xml}, {@code uploads/…}). */
  private static void pack(Path export, Path uploads, Path zipFile) throws IOException {
    try (java.util.zip.ZipOutputStream zip =
            new java.util.zip.ZipOutputStream(Files.newOutputStream(zipFile));
        java.util.stream.Stream<Path> files = Files.walk(uploads)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("export.xml"));
      Files.copy(export, zip);
      zip.closeEntry();
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        String name = uploads.relativize(file).toString().replace('\\', '/');
        zip.putNextEntry(new java.util.zip.ZipEntry("uploads/" + name));
        Files.copy(file, zip);
        zip.closeEntry();
      }
    }
  }

  /** Signs in through the console's own sign-in form, as a browser would, as HQ administrator. */
  private void signIn() throws IOException, InterruptedException {
    signIn("/admin/archive/token");
  }

  /**
   * Signs in through the console's own sign-in form, as a browser would, and checks with {@code
   * check} (an address that answers 403 to whoever may not go on) that the person may go on.
   */
  void signIn(String check) throws IOException, InterruptedException {
    String email = env.apply("MERIDIAN_ARCHIVE_EMAIL");
    if (email == null || email.isBlank()) {
      throw new Refused(
          "set MERIDIAN_ARCHIVE_EMAIL (and MERIDIAN_ARCHIVE_PASSWORD) to an HQ administrator's");
    }
    String password = env.apply("MERIDIAN_ARCHIVE_PASSWORD");
    if (password == null && System.console() != null) {
      char[] typed = System.console().readPassword("Password for %s: ", email);
      password = typed == null ? "" : new String(typed);
    }
    HttpResponse<String> page;
    try {
      page = http.send(get("/admin/login.xhtml"), HttpResponse.BodyHandlers.ofString());
    } catch (java.net.ConnectException e) {
      throw new Refused(
          "no Meridian answers at " + server + ": start it, or set MERIDIAN_ARCHIVE_SERVER");
    }
    Matcher token = SIGN_IN_TOKEN.matcher(page.body());
    if (page.statusCode() != 200 || !token.find()) {
      throw new Refused("the server at " + server + " shows no Meridian sign-in page");
    }
    String form =
        Map.of(
                "j_username",
                email,
                "j_password",
                password == null ? "" : password,
                "meridian_signin_token",
                token.group(1))
            .entrySet()
            .stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpResponse<String> signedIn =
        http.send(
            HttpRequest.newBuilder(server.resolve("/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String location = signedIn.headers().firstValue("Location").orElse("");
    if (location.contains("failed=")) {
      throw new Refused(
          "signing in as " + email + " failed: check the e-mail address and password");
    }
    HttpResponse<InputStream> checked =
        http.send(get(check), HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream body = checked.body()) {
      String text = new String(body.readAllBytes(), StandardCharsets.UTF_8).strip();
      if (checked.statusCode() != 200) {
        throw new Refused(
            checked.statusCode() == 403
                ? text
                : "signing in as " + email + " failed (" + checked.statusCode() + ")");
      }
    }
  }

  HttpClient http() {
    return http;
  }

  URI server() {
    return server;
  }

  HttpRequest get(String path) {
    return HttpRequest.newBuilder(server.resolve(path)).GET().build();
  }
}
