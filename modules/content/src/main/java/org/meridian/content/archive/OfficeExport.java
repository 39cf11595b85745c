package org.meridian.content.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import org.meridian.content.fields.Jsons;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.RefusedArgumentException;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.permission.NetworkAction;
import org.meridian.tenancy.permission.OfficePermissions;

/**
 * Writes one office as an archive ({@code docs/archive.md}) to a stream, for HQ administrators. It
 * reads that office only, through {@link ArchiveReads} as the office ({@link TenantContext#runAs}),
 * a page of items or one media file per transaction, and writes as it reads: memory holds a page,
 * not the office.
 */
@ApplicationScoped
public class OfficeExport {

  /** Items read per transaction. */
  static final int PAGE = 100;

  @Inject private OfficeDirectory offices;
  @Inject private TenantContext tenant;
  @Inject private OfficePermissions permissions;
  @Inject private ArchiveReads reads;
  @Inject private ArchivePeople archivePeople;
  @Inject private Clock clock;

  /**
   * Refuses anyone but an HQ administrator, before anything is read or written. In a transaction of
   * its own: a background import's thread has none, and the memberships are read lazily.
   */
  @jakarta.transaction.Transactional
  public void requireAllowed(String actor) {
    if (actor == null || !permissions.mayInNetwork(actor, NetworkAction.MANAGE_OFFICES)) {
      throw new ArchiveDeniedException();
    }
  }

  /** The office to export, or a refusal naming the code. */
  @jakarta.transaction.Transactional
  public OfficeRef office(String code) {
    return offices
        .find(new OfficeCode(code))
        .orElseThrow(
            () ->
                new RefusedArgumentException(
                    Refusal.of("archive.no_office_0", "There is no office '{0}'.", code)));
  }

  /**
   * Writes the office {@code code} to {@code out}: every item with its revisions, or only live
   * items with their live revision when {@code liveOnly}; without its people.
   */
  public void export(String code, boolean liveOnly, OutputStream out, String actor) {
    export(code, liveOnly, false, out, actor);
  }

  /**
   * The same, with the office's people and their roles ({@code people.json}) when {@code
   * withPeople}.
   */
  public void export(
      String code, boolean liveOnly, boolean withPeople, OutputStream out, String actor) {
    requireAllowed(actor);
    OfficeRef office = office(code);
    try (ArchiveWriter writer = new ArchiveWriter(out)) {
      tenant.runAs(office, () -> write(writer, liveOnly, withPeople, actor));
      writer.finish(
          "Meridian",
          clock.instant(),
          Jsons.createObjectBuilder()
              .add("office", office.code().value())
              .add("liveOnly", liveOnly)
              .add("people", withPeople)
              .add("exportedBy", actor)
              .build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(ArchiveWriter writer, boolean liveOnly, boolean withPeople, String actor) {
    writer.object(ArchiveFormat.OFFICE, reads.office());
    reads
        .logo()
        .ifPresent(logo -> writer.file(ArchiveFormat.logoEntry(logo.mediaType()), logo.bytes()));
    try (var tags = writer.documents(ArchiveFormat.TAGS)) {
      reads.tags().forEach(tags::add);
    }
    try (var themes = writer.documents(ArchiveFormat.THEMES)) {
      reads.themes().forEach(themes::add);
    }
    List<Long> mediaIds = reads.mediaIds();
    try (var media = writer.documents(ArchiveFormat.MEDIA)) {
      pages(mediaIds).forEach(page -> reads.media(page).forEach(media::add));
    }
    for (List<Long> page : pages(mediaIds)) {
      for (JsonObject asset : reads.media(page)) {
        writer.file(
            asset.getString("file"),
            reads.mediaFile(asset.getJsonNumber("id").longValue(), asset.getString("fileName")));
      }
    }
    try (var items = writer.documents(ArchiveFormat.ITEMS)) {
      for (List<Long> page : pages(reads.itemIds(liveOnly))) {
        for (JsonObject item : reads.items(page, liveOnly)) {
          items.add(item);
          writer.count("revisions", item.getJsonArray("revisions").size());
        }
      }
    }
    try (var menus = writer.documents(ArchiveFormat.MENUS)) {
      reads.menus().forEach(menus::add);
    }
    if (withPeople) {
      try (var people = writer.documents(ArchiveFormat.PEOPLE)) {
        archivePeople.of(actor).forEach(people::add);
      }
    }
  }

  private static List<List<Long>> pages(List<Long> ids) {
    List<List<Long>> pages = new java.util.ArrayList<>();
    for (int from = 0; from < ids.size(); from += PAGE) {
      pages.add(ids.subList(from, Math.min(ids.size(), from + PAGE)));
    }
    return pages;
  }
}
