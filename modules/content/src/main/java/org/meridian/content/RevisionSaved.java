package org.meridian.content;

import org.meridian.tenancy.office.OfficeCode;

/**
 * Fired inside the transaction when a revision is saved, so that what depends on an item's text
 * (its translations) can follow.
 *
 * @param textChanged whether the title, summary or body differ from the previous latest revision
 *     (always false for an item's first revision)
 */
public record RevisionSaved(OfficeCode office, long itemId, int number, boolean textChanged) {}
