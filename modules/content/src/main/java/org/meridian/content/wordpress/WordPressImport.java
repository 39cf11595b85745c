package org.meridian.content.wordpress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.meridian.content.archive.ArchiveReader;
import org.meridian.content.archive.ArchiveRefusedException;
import org.meridian.content.archive.ImportProgress;
import org.meridian.content.archive.ImportReport;
import org.meridian.content.archive.OfficeExport;
import org.meridian.content.archive.OfficeImport;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.office.OfficeRef;

/**
 * Imports a WordPress site into an existing office (docs/archive.md, "WordPress"): the export is
 * turned into an office archive ({@link WxrConverter}) and brought in by the archive import, with
 * its guarantees (each item whole or refused, bodies through the sanitiser, files checked by their
 * content, a second run skips what the first brought). A dry run converts and checks, and reports
 * what would come in, without writing anything to the office.
 */
@ApplicationScoped
public class WordPressImport {

  @Inject private OfficeExport export;
  @Inject private OfficeImport imports;
  @Inject private java.time.Clock clock;

  /**
   * @param uploads the folder of the site's uploads ({@code wp-content/uploads}), or {@code null}
   * @param language the language of the posts; {@code null}: the office's default
   * @param authors WordPress logins to e-mail addresses of the office's people
   */
  public ImportReport run(
      Path wxr,
      Path uploads,
      String officeCode,
      String language,
      Map<String, String> authors,
      boolean dryRun,
      String actor,
      ImportProgress progress) {
    export.requireAllowed(actor);
    OfficeRef office;
    try {
      office = export.office(officeCode);
    } catch (IllegalArgumentException unknown) {
      ImportReport report = new ImportReport(officeCode);
      report.refused("office", officeCode, OfficeImport.refusal(unknown));
      return report;
    }
    String lang =
        language == null || language.isBlank()
            ? office.defaultLanguage().value()
            : language.strip();
    Path archive = null;
    progress.at("wordpress", 0, 1);
    try {
      archive = Files.createTempFile("meridian-wordpress-", ".zip");
      WxrConverter.Result converted;
      try (OutputStream out = Files.newOutputStream(archive)) {
        converted =
            new WxrConverter(wxr, uploads, office.code().value(), lang, authors, clock.instant())
                .convert(out);
      }
      if (dryRun) {
        try (ArchiveReader reader = ArchiveReader.open(archive)) {
          reader.verify();
        }
        ImportReport report = converted.notes;
        converted.counts.forEach(
            (what, count) ->
                report.note(
                    "dry run",
                    null,
                    Refusal.of(
                        "wordpress.would_import_0_1", "Would import {0}: {1}", what, count)));
        return report;
      }
      ImportReport report = imports.importIntoOffice(archive, office, actor, progress);
      converted
          .notes
          .lines()
          .forEach(line -> report.add(line.part(), line.sourceId(), line.outcome(), line.why()));
      return report;
    } catch (ArchiveRefusedException refused) {
      ImportReport report = new ImportReport(officeCode);
      report.refused("wordpress", null, refused.refusal());
      return report;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (archive != null) {
        try {
          Files.deleteIfExists(archive);
        } catch (IOException ignored) {
          // a temporary file
        }
      }
    }
  }
}
