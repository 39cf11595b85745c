package org.meridian.workflow.network;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A column of the network health dashboard that rows can be sorted by. Counts sort the largest
 * first; times the oldest first (the office that last published longest ago, the review waiting
 * longest), offices that never did first of all.
 */
public enum HealthColumn {
  PROBLEMS(OfficeHealth::problems),
  OFFICE(Comparator.comparing(OfficeHealth::code)),
  REGION(Comparator.comparing(OfficeHealth::region).thenComparing(OfficeHealth::code)),
  LAST_PUBLISHED(oldestFirst(OfficeHealth::lastPublishedAt)),
  PAST_REVIEW_BY(OfficeHealth::pastReviewBy),
  OUTDATED_TRANSLATIONS(OfficeHealth::outdatedTranslations),
  MISSING_TRANSLATIONS(OfficeHealth::missingTranslations),
  BROKEN_LINKS(OfficeHealth::brokenLinks),
  IMAGES_WITHOUT_ALT(OfficeHealth::imagesWithoutAlt),
  WAITING_FOR_REVIEW(OfficeHealth::waitingForReview),
  WAITING_SINCE(oldestFirstIfAny(OfficeHealth::waitingSince)),
  DORMANT_PEOPLE(OfficeHealth::dormantPeople);

  private final Comparator<OfficeHealth> order;

  HealthColumn(ToLongFunction<OfficeHealth> count) {
    this(Comparator.comparingLong(count).reversed().thenComparing(OfficeHealth::code));
  }

  HealthColumn(Comparator<OfficeHealth> order) {
    this.order = order;
  }

  public Comparator<OfficeHealth> order() {
    return order;
  }

  /** The column named {@code name} in a URL ({@code broken-links}), else {@link #PROBLEMS}. */
  public static HealthColumn named(String name) {
    if (name == null) {
      return PROBLEMS;
    }
    String constant = name.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    for (HealthColumn column : values()) {
      if (column.name().equals(constant)) {
        return column;
      }
    }
    return PROBLEMS;
  }

  /** The column's name in a URL. */
  public String urlName() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  private static Comparator<OfficeHealth> oldestFirst(Function<OfficeHealth, Instant> when) {
    return Comparator.comparing(when, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
        .thenComparing(OfficeHealth::code);
  }

  private static Comparator<OfficeHealth> oldestFirstIfAny(Function<OfficeHealth, Instant> when) {
    return Comparator.comparing(
            (OfficeHealth row) -> Optional.ofNullable(when.apply(row)),
            (a, b) ->
                a.isEmpty() || b.isEmpty()
                    ? Boolean.compare(a.isEmpty(), b.isEmpty())
                    : a.get().compareTo(b.get()))
        .thenComparing(OfficeHealth::code);
  }
}
