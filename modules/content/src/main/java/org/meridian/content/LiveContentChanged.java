package org.meridian.content;

import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;

/**
 * Fired (after the transaction commits, for observers that ask so) when an item goes live, changes
 * its live revision or goes offline: caches and feeds listen to it.
 */
public record LiveContentChanged(
    OfficeCode office, long itemId, LanguageTag language, Slug slug, Change change) {

  public enum Change {
    PUBLISHED,
    UNPUBLISHED
  }
}
