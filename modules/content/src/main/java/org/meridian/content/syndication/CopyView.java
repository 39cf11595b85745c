package org.meridian.content.syndication;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.meridian.content.ContentItem;

/** One copy of a shared item, as the receiving office sees it. */
public record CopyView(
    long itemId,
    String title,
    String language,
    boolean live,
    String sourceOffice,
    String sourcePath,
    int sourceRevision,
    int reviewedRevision,
    boolean mandatory,
    CopyStatus status,
    List<String> locked,
    List<String> overrides,
    boolean sourceChanged,
    Instant sourceChangedSince,
    String statusChangedBy)
    implements Serializable {

  static CopyView of(SharedCopy copy, ContentItem item) {
    return new CopyView(
        copy.itemId(),
        item.latestRevision().title(),
        item.language().value(),
        item.isLive(),
        copy.sourceOfficeCode(),
        copy.sourcePath(),
        copy.sourceRevision(),
        copy.reviewedRevision(),
        copy.mandatory(),
        copy.status(),
        labels(item, copy.locked()),
        labels(item, copy.overrides()),
        copy.sourceChanged(),
        copy.sourceChangedSince(),
        copy.statusChangedBy());
  }

  private static List<String> labels(ContentItem item, Set<String> names) {
    return names.stream().map(n -> SharedFields.label(item.type(), n)).toList();
  }

  public boolean mayDecline() {
    return !mandatory && status == CopyStatus.CARRIED;
  }

  public boolean mayAccept() {
    return status == CopyStatus.DECLINED;
  }
}
