package org.meridian.content.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.meridian.content.media.MediaLibrary;
import org.meridian.tenancy.Refusal;

/**
 * Where the parts an item or menu entry points at went in the target office: the import's record,
 * or HQ's shared library for media, or "not yet" when the part is still to come.
 */
@ApplicationScoped
public class ArchiveTargets {

  @Inject private MediaLibrary library;

  /** A part that points at another part of the archive not imported yet: try it again later. */
  static final class NotYet extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Refusal why;

    NotYet(Refusal why) {
      super(why.text(), null, false, false);
      this.why = why;
    }
  }

  long media(ImportContext ctx, long sourceId) {
    Long target = ctx.target(ImportContext.MEDIA, sourceId);
    if (target == null
        && !ctx.mediaInArchive.contains(sourceId)
        && library.find(sourceId).isPresent()) {
      // Not the office's own file: one of HQ's shared library, which this office sees too.
      return sourceId;
    }
    if (target == null) {
      throw new ArchiveRefusedException(
          Refusal.of(
              "archive.media_0_not_imported",
              "It shows media file {0}, which was not imported.",
              sourceId));
    }
    return target;
  }

  static long item(ImportContext ctx, long sourceId, String what) {
    Long target = ctx.target(ImportContext.ITEM, sourceId);
    if (target != null) {
      return target;
    }
    if (ctx.itemsInArchive.contains(sourceId) && !ctx.refusedItems.contains(sourceId)) {
      throw new NotYet(Refusal.of("archive.waits_for_item_0", "It waits for item {0}.", sourceId));
    }
    throw new ArchiveRefusedException(
        Refusal.of(
            "archive.points_at_item_0_missing",
            "It points at item {0}, which was not imported.",
            sourceId));
  }
}
