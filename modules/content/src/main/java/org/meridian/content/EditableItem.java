package org.meridian.content;

import java.time.LocalDate;
import org.meridian.content.fields.TypeFields;

/**
 * One item of the current office as its editor opens it: where it sits, its settings and every
 * field of its latest revision.
 */
public record EditableItem(
    long itemId,
    ContentType type,
    String language,
    String slug,
    String path,
    int latestRevision,
    boolean live,
    boolean unpublishedChanges,
    String owner,
    LocalDate reviewBy,
    Long parentId,
    RevisionInput latest,
    TypeFields fields,
    boolean featured)
    implements java.io.Serializable {

  static EditableItem of(ContentItem item) {
    Revision latest = item.latestRevision();
    return new EditableItem(
        item.getId(),
        item.type(),
        item.language().value(),
        item.slug().value(),
        String.join("/", item.path()),
        latest.number(),
        item.isLive(),
        item.isLive() && item.hasUnpublishedChanges(),
        item.owner(),
        item.reviewBy(),
        item.parent() == null ? null : item.parent().getId(),
        latest.toInput(),
        latest.fields(),
        item.isFeatured());
  }
}
