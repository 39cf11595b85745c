package org.meridian.app.launcher;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * {@code java -jar meridian.jar mirror <office> --base <address> [--zip <file>]} (docs/mirror.md):
 * has a <em>running</em> Meridian write or refresh the office's static mirror in its folder on the
 * server, for the base address the files will be served at, prints the report, and with {@code
 * --zip} downloads the mirror as a zip. Signed in as in {@link ArchiveCommand} ({@code
 * MERIDIAN_ARCHIVE_EMAIL}, {@code MERIDIAN_ARCHIVE_PASSWORD}), as an HQ administrator or an
 * administrator of the office.
 */
final class MirrorCommand {

  private static final String USAGE =
      "usage: java -jar meridian.jar mirror <office> --base <address> [--zip <file>]";

  private final ArchiveCommand client;

  MirrorCommand(ArchiveCommand client) {
    this.client = client;
  }

  String run(List<String> args) throws IOException, InterruptedException {
    if (args.isEmpty() || args.get(0).startsWith("--")) {
      throw new ArchiveCommand.Refused(USAGE);
    }
    String office = args.get(0);
    String base = null;
    Path zip = null;
    for (int i = 1; i < args.size(); i += 2) {
      if (i + 1 >= args.size()) {
        throw new ArchiveCommand.Refused(USAGE);
      }
      switch (args.get(i)) {
        case "--base" -> base = args.get(i + 1);
        case "--zip" -> zip = Path.of(args.get(i + 1));
        default -> throw new ArchiveCommand.Refused(USAGE);
      }
    }
    if (base == null) {
      throw new ArchiveCommand.Refused(USAGE);
    }
    if (zip != null && Files.exists(zip)) {
      throw new ArchiveCommand.Refused(zip + " exists: give a new file name");
    }
    client.signIn("/admin/mirror/token");
    String token =
        client
            .http()
            .send(client.get("/admin/mirror/token"), HttpResponse.BodyHandlers.ofString())
            .body()
            .strip();
    HttpResponse<String> written =
        client
            .http()
            .send(
                HttpRequest.newBuilder(
                        client
                            .server()
                            .resolve(
                                "/admin/mirror/write?office="
                                    + encode(office)
                                    + "&base="
                                    + encode(base)))
                    .header("X-Meridian-Mirror-Token", token)
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (written.statusCode() != 200) {
      throw new ArchiveCommand.Refused(
          written.body().isBlank()
              ? "the server answered " + written.statusCode()
              : written.body().strip());
    }
    String report = written.body().strip();
    if (zip == null) {
      return report;
    }
    Path part = zip.resolveSibling(zip.getFileName() + ".part");
    HttpResponse<Path> download =
        client
            .http()
            .send(
                client.get("/admin/mirror/zip?office=" + encode(office)),
                HttpResponse.BodyHandlers.ofFile(part));
    if (download.statusCode() != 200) {
      String why = Files.readString(part).strip();
      Files.deleteIfExists(part);
      throw new ArchiveCommand.Refused(why);
    }
    Files.move(part, zip, StandardCopyOption.ATOMIC_MOVE);
    return report + "\nDownloaded to " + zip + " (" + Files.size(zip) + " bytes)";
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
