package org.meridian.content.fields;

import java.time.LocalDate;

/**
 * A media contact of a news item: one of the office's contact cards, shown until {@code expires}
 * (inclusive), after which the item no longer names it.
 */
public record ContactReference(long contactItemId, LocalDate expires) {

  /** Whether the contact is still shown on {@code today} (in the office's time zone). */
  public boolean isShownOn(LocalDate today) {
    return !today.isAfter(expires);
  }
}
