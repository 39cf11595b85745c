package org.meridian.content.health;

import java.io.Serializable;
import java.util.List;
import org.meridian.content.ContentSummary;

/**
 * What is wrong with one office's content: the counts of the dashboard's row, and the first few
 * cases of each, for the office's own detailed view.
 */
public record ContentHealthReport(
    long pastReviewBy,
    long outdatedTranslations,
    long missingTranslations,
    long brokenLinks,
    long imagesWithoutAlt,
    List<ContentSummary> pastReviewByItems,
    List<ContentSummary> outdatedItems,
    List<MissingTranslation> missing,
    List<BrokenLink> broken,
    List<MissingAlt> withoutAlt)
    implements Serializable {

  public ContentHealthReport {
    pastReviewByItems = List.copyOf(pastReviewByItems);
    outdatedItems = List.copyOf(outdatedItems);
    missing = List.copyOf(missing);
    broken = List.copyOf(broken);
    withoutAlt = List.copyOf(withoutAlt);
  }
}
