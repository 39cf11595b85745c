package org.meridian.content.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.meridian.content.media.MediaLibrary;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.Refused;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;

/**
 * Imports an archive ({@code docs/archive.md}) into a new office, an empty one, or one an earlier
 * import of the same source filled: the whole archive is checked first (a damaged, cut-short or
 * unknown archive is refused with nothing written), then each part comes in in a transaction of its
 * own, recorded with its source id, so that importing twice changes nothing and an import that
 * stopped goes on where it stopped. It writes into the target office only ({@link
 * TenantContext#runAs}); the report says what was created, skipped and refused, and why.
 */
@ApplicationScoped
public class OfficeImport {

  private static final Logger LOG = Logger.getLogger(OfficeImport.class.getName());

  @Inject private OfficeExport export;
  @Inject private OfficeDirectory offices;
  @Inject private TenantContext tenant;
  @Inject private ArchiveOffices archiveOffices;
  @Inject private ImportedParts importedParts;
  @Inject private ArchiveItemWrites itemWrites;
  @Inject private ArchivePartWrites partWrites;
  @Inject private MediaLibrary library;
  @Inject private ArchiveOfficeParts officeParts;

  /**
   * Imports {@code file} as office {@code as} (the archive's own code when {@code null}).
   *
   * @throws ArchiveDeniedException for anyone but an HQ administrator
   */
  public ImportReport importArchive(Path file, String as, String actor, ImportProgress progress) {
    export.requireAllowed(actor);
    try (ArchiveReader reader = ArchiveReader.open(file)) {
      reader.verify();
      return importVerified(reader, as, actor, progress);
    } catch (ArchiveRefusedException refused) {
      ImportReport report = new ImportReport(as);
      report.refused("archive", null, refused.refusal());
      return report;
    } catch (IOException e) {
      ImportReport report = new ImportReport(as);
      report.refused(
          "archive",
          null,
          Refusal.of(
              "archive.entry_0_damaged",
              "{0} in the archive is damaged and cannot be read.",
              file.getFileName()));
      return report;
    }
  }

  /**
   * Imports {@code file} into the existing office {@code target}, whatever content it has (an
   * import from another system, such as WordPress): parts whose addresses the office uses already
   * are refused, each with its report line.
   */
  public ImportReport importIntoOffice(
      Path file, OfficeRef target, String actor, ImportProgress progress) {
    export.requireAllowed(actor);
    try (ArchiveReader reader = ArchiveReader.open(file)) {
      reader.verify();
      ImportReport report = new ImportReport(target.code().value());
      importParts(reader, reader.object(ArchiveFormat.OFFICE), target, report, actor, progress);
      return report;
    } catch (ArchiveRefusedException refused) {
      ImportReport report = new ImportReport(target.code().value());
      report.refused("archive", null, refused.refusal());
      return report;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private ImportReport importVerified(
      ArchiveReader reader, String as, String actor, ImportProgress progress) {
    JsonObject office = reader.object(ArchiveFormat.OFFICE);
    String source = office.getString("code", "");
    String code = as == null || as.isBlank() ? source : as.strip();
    ImportReport report = new ImportReport(code);
    OfficeCode targetCode;
    try {
      targetCode = new OfficeCode(code);
    } catch (RuntimeException bad) {
      report.refused("office", code, refusal(bad));
      return report;
    }
    Optional<OfficeRef> existing = archiveOffices.findOffice(targetCode);
    OfficeRef target;
    if (existing.isPresent()) {
      target = existing.get();
      long[] counts = tenant.callAs(target, () -> importedParts.contentAndImports(source));
      if (counts[0] > 0 && counts[1] == 0) {
        report.refused(
            "office",
            code,
            Refusal.of(
                "archive.office_0_not_empty",
                "The office '{0}' has content of its own: import into a new office code or an"
                    + " empty office.",
                code));
        return report;
      }
      report.skipped("office", code);
    } else {
      try {
        target = archiveOffices.createOffice(targetCode, office, actor);
        report.created("office", code);
      } catch (RuntimeException refused) {
        report.refused("office", code, refusal(refused));
        return report;
      }
    }
    importParts(reader, office, target, report, actor, progress);
    return report;
  }

  private void importParts(
      ArchiveReader reader,
      JsonObject office,
      OfficeRef target,
      ImportReport report,
      String actor,
      ImportProgress progress) {
    String source = office.getString("code", "");
    ImportContext ctx = new ImportContext(source, target.code().value());
    tenant.runAs(
        target,
        () -> {
          importedParts.loadDone(ctx);
          reader.forEach(ArchiveFormat.THEMES, t -> ctx.knownThemes.add(t.getString("code", "")));
          ctx.knownThemes.retainAll(networkThemes());
          tags(reader, ctx, report, actor);
          media(reader, ctx, report, progress);
          if (ctx.target(ImportContext.OFFICE, 0) != null) {
            // The look of an office this source's import created; an existing office keeps its own.
            officeParts.branding(office, ctx, report, actor);
            officeParts.logo(reader, office, ctx, report, actor);
          }
          items(reader, ctx, report, progress, actor);
          menus(reader, ctx, report, actor);
          if (reader.has(ArchiveFormat.PEOPLE)) {
            officeParts.people(reader, ctx, report, actor);
          }
        });
    progress.at("done", 1, 1);
  }

  @Inject private org.meridian.content.taxonomy.Themes themes;

  private Set<String> networkThemes() {
    Set<String> codes = new HashSet<>();
    themes.list().forEach(t -> codes.add(t.code()));
    return codes;
  }

  private void tags(ArchiveReader reader, ImportContext ctx, ImportReport report, String actor) {
    reader.forEach(
        ArchiveFormat.TAGS,
        tag -> {
          long id = tag.getJsonNumber("id").longValue();
          if (ctx.target(ImportContext.TAG, id) != null) {
            report.skipped("tag", id);
            return;
          }
          try {
            ctx.record(ImportContext.TAG, id, partWrites.tag(tag, ctx, actor));
            report.created("tag", id);
          } catch (RuntimeException refused) {
            report.refused("tag", id, refusal(refused));
          }
        });
  }

  private void media(
      ArchiveReader reader, ImportContext ctx, ImportReport report, ImportProgress progress) {
    long total = reader.count("media");
    long[] done = {0};
    long maxBytes = library.limits().maxBytes();
    reader.forEach(
        ArchiveFormat.MEDIA,
        media -> {
          long id = media.getJsonNumber("id").longValue();
          ctx.mediaInArchive.add(id);
          progress.at("media", done[0]++, total);
          if (ctx.target(ImportContext.MEDIA, id) != null) {
            report.skipped("media", id);
            return;
          }
          try {
            byte[] bytes = reader.file(media.getString("file"), maxBytes);
            if (!sha256(bytes).equals(media.getString("sha256", ""))) {
              throw new ArchiveRefusedException(
                  Refusal.of(
                      "archive.file_0_checksum",
                      "{0} is not the file the archive describes (its checksum differs).",
                      media.getString("file")));
            }
            ctx.record(ImportContext.MEDIA, id, partWrites.media(media, bytes, ctx));
            report.created("media", id);
          } catch (RuntimeException refused) {
            ctx.refusedMedia.add(id);
            report.refused("media", id, refusal(refused));
          }
        });
  }

  /**
   * Items in rounds: an item that points at one not imported yet (a parent page, a related item,
   * the item it translates) waits for the next round; rounds go on while they import something.
   */
  private void items(
      ArchiveReader reader,
      ImportContext ctx,
      ImportReport report,
      ImportProgress progress,
      String actor) {
    reader.forEach(
        ArchiveFormat.ITEMS, item -> ctx.itemsInArchive.add(item.getJsonNumber("id").longValue()));
    long total = ctx.itemsInArchive.size();
    Set<Long> waiting = new HashSet<>(ctx.itemsInArchive);
    List<ImportReport.Line> lastWaits = new ArrayList<>();
    long[] done = {0};
    boolean moved = true;
    while (!waiting.isEmpty() && moved) {
      int before = waiting.size();
      lastWaits.clear();
      reader.forEach(
          ArchiveFormat.ITEMS,
          item -> {
            long id = item.getJsonNumber("id").longValue();
            if (!waiting.contains(id)) {
              return;
            }
            if (ctx.target(ImportContext.ITEM, id) != null) {
              waiting.remove(id);
              report.skipped("item", id);
              progress.at("items", ++done[0], total);
              return;
            }
            try {
              ArchiveItemWrites.Written written = itemWrites.item(item, ctx, actor);
              ctx.record(ImportContext.ITEM, id, written.id());
              waiting.remove(id);
              report.created("item", id);
              written.notes().forEach(note -> report.note("item", id, note));
              progress.at("items", ++done[0], total);
            } catch (ArchiveTargets.NotYet notYet) {
              lastWaits.add(
                  new ImportReport.Line(
                      "item", String.valueOf(id), ImportReport.Outcome.REFUSED, notYet.why));
            } catch (RuntimeException refused) {
              waiting.remove(id);
              ctx.refusedItems.add(id);
              report.refused("item", id, refusal(refused));
              progress.at("items", ++done[0], total);
            }
          });
      moved = waiting.size() < before;
    }
    // What still waits points at items that wait too (a loop): refused, saying which.
    for (ImportReport.Line line : lastWaits) {
      ctx.refusedItems.add(Long.parseLong(line.sourceId()));
      report.refused("item", line.sourceId(), line.why());
    }
  }

  private void menus(ArchiveReader reader, ImportContext ctx, ImportReport report, String actor) {
    reader.forEach(
        ArchiveFormat.MENUS,
        entry -> {
          long id = entry.getJsonNumber("id").longValue();
          if (ctx.target(ImportContext.MENU, id) != null) {
            report.skipped("menu entry", id);
            return;
          }
          try {
            ctx.record(ImportContext.MENU, id, partWrites.menuEntry(entry, ctx, actor));
            report.created("menu entry", id);
          } catch (RuntimeException refused) {
            report.refused("menu entry", id, refusal(refused));
          }
        });
  }

  /** Why a part was refused: its refusal, or the exception's message for unexpected failures. */
  public static Refusal refusal(RuntimeException e) {
    Throwable cause = e;
    while (cause != null) {
      if (cause instanceof Refused r) {
        return r.refusal();
      }
      if (cause instanceof ArchiveTargets.NotYet notYet) {
        return notYet.why;
      }
      cause = cause.getCause();
    }
    if (!(e instanceof IllegalArgumentException)) {
      LOG.log(Level.WARNING, "An archive part failed to import", e);
    }
    return Refusal.of(
        "archive.part_refused_0", "It could not be imported: {0}", String.valueOf(e.getMessage()));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
