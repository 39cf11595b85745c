package org.meridian.workflow.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.meridian.workflow.csv.Csv;

/** The network health dashboard as spreadsheet-safe CSV, one line per office as shown. */
public final class HealthCsv {

  static final List<String> HEADER =
      List.of(
          "office",
          "name",
          "type",
          "status",
          "region",
          "items",
          "live",
          "last_published",
          "past_review_by",
          "outdated_translations",
          "missing_translations",
          "broken_links",
          "images_without_alt",
          "waiting_for_review",
          "waiting_since",
          "dormant_people");

  private HealthCsv() {}

  public static void write(List<OfficeHealth> rows, Writer out) {
    try {
      out.write(Csv.line(HEADER.stream()));
      for (OfficeHealth row : rows) {
        out.write(
            Csv.line(
                Stream.of(
                    row.code(),
                    row.name(),
                    row.type(),
                    row.status(),
                    row.region(),
                    Long.toString(row.items()),
                    Long.toString(row.live()),
                    when(row.lastPublishedAt()),
                    Long.toString(row.pastReviewBy()),
                    Long.toString(row.outdatedTranslations()),
                    Long.toString(row.missingTranslations()),
                    Long.toString(row.brokenLinks()),
                    Long.toString(row.imagesWithoutAlt()),
                    Long.toString(row.waitingForReview()),
                    when(row.waitingSince()),
                    Long.toString(row.dormantPeople()))));
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String when(Instant instant) {
    return instant == null ? "" : instant.toString();
  }
}
