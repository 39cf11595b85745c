package org.meridian.workflow.network;

import java.io.Serializable;
import java.time.Instant;
import org.meridian.content.ContentCounts;
import org.meridian.tenancy.office.OfficeRef;

/** One office's line of the network overview. */
public record OfficeHealth(
    String code,
    String name,
    String type,
    String status,
    long items,
    long live,
    long drafts,
    Instant lastPublishedAt)
    implements Serializable {

  static OfficeHealth of(OfficeRef office, ContentCounts counts) {
    return new OfficeHealth(
        office.code().value(),
        office.name(office.defaultLanguage()),
        office.type().name(),
        office.status().name(),
        counts.items(),
        counts.live(),
        counts.drafts(),
        counts.lastPublishedAt());
  }
}
