package org.meridian.workflow.network;

import java.io.Serializable;
import java.time.Instant;
import org.meridian.content.ContentCounts;
import org.meridian.content.health.ContentHealthReport;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.workflow.review.ReviewBacklog;

/** One office's row of the network health dashboard. */
public record OfficeHealth(
    String code,
    String name,
    String type,
    String status,
    String region,
    long items,
    long live,
    long drafts,
    Instant lastPublishedAt,
    long pastReviewBy,
    long outdatedTranslations,
    long missingTranslations,
    long brokenLinks,
    long imagesWithoutAlt,
    long waitingForReview,
    Instant waitingSince,
    long dormantPeople)
    implements Serializable {

  static OfficeHealth of(
      OfficeRef office,
      String region,
      ContentCounts counts,
      ContentHealthReport report,
      ReviewBacklog backlog,
      long dormantPeople) {
    return new OfficeHealth(
        office.code().value(),
        office.name(office.defaultLanguage()),
        office.type().name(),
        office.status().name(),
        region,
        counts.items(),
        counts.live(),
        counts.drafts(),
        counts.lastPublishedAt(),
        report.pastReviewBy(),
        report.outdatedTranslations(),
        report.missingTranslations(),
        report.brokenLinks(),
        report.imagesWithoutAlt(),
        backlog.waiting(),
        backlog.oldestSince(),
        dormantPeople);
  }

  /** How many problems the row shows, all kinds together: the dashboard's default order. */
  public long problems() {
    return pastReviewBy
        + outdatedTranslations
        + missingTranslations
        + brokenLinks
        + imagesWithoutAlt
        + waitingForReview
        + dormantPeople;
  }
}
