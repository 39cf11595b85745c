package org.meridian.content.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.List;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.office.LogoImage;
import org.meridian.tenancy.people.OfficePeople;

/**
 * The parts of an import about the office itself rather than its content: its look (branding and
 * logo, for an office an import of the same source created) and its people (when the archive was
 * exported with them). Each is one part, in a transaction of its own, recorded so that a second
 * import skips it; its line in the report says what happened.
 */
@ApplicationScoped
public class ArchiveOfficeParts {

  @Inject private ArchiveOffices archiveOffices;
  @Inject private ArchivePeople archivePeople;

  void branding(JsonObject office, ImportContext ctx, ImportReport report, String actor) {
    if (!(office.get("branding") instanceof JsonObject branding)) {
      return;
    }
    String code = office.getString("code", "");
    if (ctx.target(ImportContext.BRANDING, 0) != null) {
      report.skipped("branding", code);
      return;
    }
    try {
      List<Refusal> notes = archiveOffices.brand(branding, ctx, actor);
      report.created("branding", code);
      notes.forEach(note -> report.note("branding", code, note));
    } catch (RuntimeException refused) {
      report.refused("branding", code, OfficeImport.refusal(refused));
    }
  }

  void logo(
      ArchiveReader reader,
      JsonObject office,
      ImportContext ctx,
      ImportReport report,
      String actor) {
    if (!(office.get("logo") instanceof JsonObject logo)) {
      return;
    }
    String code = office.getString("code", "");
    if (ctx.target(ImportContext.LOGO, 0) != null) {
      report.skipped("logo", code);
      return;
    }
    try {
      byte[] bytes = reader.file(logo.getString("file", ""), LogoImage.MAX_BYTES);
      archiveOffices.logo(logo, bytes, ctx, actor);
      report.created("logo", code);
    } catch (RuntimeException refused) {
      report.refused("logo", code, OfficeImport.refusal(refused));
    }
  }

  void people(ArchiveReader reader, ImportContext ctx, ImportReport report, String actor) {
    reader.forEach(
        ArchiveFormat.PEOPLE,
        person -> {
          long id = person.getJsonNumber("id").longValue();
          String line = id + " (" + person.getString("email", "") + ")";
          if (ctx.target(ImportContext.PERSON, id) != null) {
            report.skipped("person", line);
            return;
          }
          try {
            ArchivePeople.Arrived arrived = archivePeople.person(person, ctx, actor);
            ctx.record(ImportContext.PERSON, id, 0);
            if (arrived.arrival() == OfficePeople.Arrival.ALREADY_THERE) {
              report.skipped("person", line);
            } else {
              report.created("person", line);
            }
            arrived.notes().forEach(note -> report.note("person", line, note));
          } catch (RuntimeException refused) {
            report.refused("person", line, OfficeImport.refusal(refused));
          }
        });
  }
}
