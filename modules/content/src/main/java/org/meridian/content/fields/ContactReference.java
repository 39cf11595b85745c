package org.meridian.content.fields;

import java.time.LocalDate;

/**
 * A media contact of a news item: one of the office's contact cards, shown until {@code expires}
 * (inclusive), after which the item no longer names it. Without a date of its own ({@code expires}
 * null) a contact is shown for {@value #DEFAULT_MONTHS} months after the item was first published:
 * press officers change, and an old press release should not send journalists to someone who left.
 */
public record ContactReference(long contactItemId, LocalDate expires) {

  /** How long a contact without a date of its own is shown after the item's first publication. */
  public static final int DEFAULT_MONTHS = 12;

  /**
   * The last day the contact is shown, for an item first published on {@code published} (the day's
   * date in the office's time zone; {@code null} for an item not yet published, whose contacts
   * count from {@code today}).
   */
  public LocalDate lastDay(LocalDate published, LocalDate today) {
    if (expires != null) {
      return expires;
    }
    return (published == null ? today : published).plusMonths(DEFAULT_MONTHS);
  }

  /** Whether the contact is still shown on {@code today} for an item first published then. */
  public boolean isShownOn(LocalDate today, LocalDate published) {
    return !today.isAfter(lastDay(published, today));
  }
}
