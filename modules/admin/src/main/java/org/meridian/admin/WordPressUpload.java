package org.meridian.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.meridian.content.archive.ImportProgress;
import org.meridian.content.archive.ImportReport;
import org.meridian.content.wordpress.WordPressImport;
import org.meridian.tenancy.Refusal;

/**
 * What an uploaded WordPress export is: the WXR file itself, or a zip holding it (any {@code .xml}
 * file) with the site's uploads ({@code uploads/} or {@code wp-content/uploads/}), read in place
 * through the zip file system: nothing is unpacked, so no name in the zip can reach the disk.
 */
final class WordPressUpload {

  private WordPressUpload() {}

  static ImportReport run(
      WordPressImport wordpress,
      Path upload,
      String office,
      String language,
      Map<String, String> authors,
      boolean dryRun,
      String actor,
      ImportProgress progress) {
    if (!isZip(upload)) {
      return wordpress.run(upload, null, office, language, authors, dryRun, actor, progress);
    }
    try (FileSystem zip = FileSystems.newFileSystem(upload)) {
      Path root = zip.getPath("/");
      Optional<Path> wxr;
      try (Stream<Path> files = Files.walk(root, 3)) {
        wxr =
            files
                .filter(p -> p.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xml"))
                .findFirst();
      }
      if (wxr.isEmpty()) {
        ImportReport report = new ImportReport(office);
        report.refused(
            "wordpress",
            null,
            Refusal.of(
                "wordpress.no_export_in_zip",
                "The zip holds no .xml file: put the WordPress export (Tools > Export) in it."));
        return report;
      }
      Path uploads = null;
      for (String candidate : new String[] {"/uploads", "/wp-content/uploads"}) {
        if (Files.isDirectory(zip.getPath(candidate))) {
          uploads = zip.getPath(candidate);
        }
      }
      return wordpress.run(
          wxr.get(),
          uploads == null ? root : uploads,
          office,
          language,
          authors,
          dryRun,
          actor,
          progress);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isZip(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(4);
      return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    } catch (IOException e) {
      return false;
    }
  }

  /** {@code admin=ana@example.org, fatou=fatou@example.org}: WordPress logins to people. */
  static Map<String, String> authors(String text) {
    Map<String, String> map = new LinkedHashMap<>();
    if (text != null) {
      for (String pair : text.split("[,\\n]")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          map.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
      }
    }
    return map;
  }
}
