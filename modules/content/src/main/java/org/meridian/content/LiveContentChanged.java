package org.meridian.content;

import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;

/**
 * Fired inside the transaction when an item goes live, changes its live revision or goes offline:
 * caches and feeds listen to it (after the commit, if they ask so), and the audit trail records it
 * in the same transaction, so that a change that is rolled back leaves no entry.
 *
 * @param revisionBefore the live revision's number before the change; {@code null} when offline
 * @param revisionAfter the live revision's number after the change; {@code null} when offline
 * @param actor who made the change: an e-mail address, {@code api-token:<name>} or {@code system}
 */
public record LiveContentChanged(
    OfficeCode office,
    long itemId,
    LanguageTag language,
    Slug slug,
    Change change,
    Integer revisionBefore,
    Integer revisionAfter,
    String actor) {

  public enum Change {
    PUBLISHED,
    UNPUBLISHED
  }
}
