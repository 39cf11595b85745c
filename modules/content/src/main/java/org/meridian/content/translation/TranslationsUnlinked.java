package org.meridian.content.translation;

import org.meridian.content.PublicPagesChanged;
import org.meridian.tenancy.office.OfficeCode;

/** Two live items are no longer translations of each other: their pages' language links change. */
public record TranslationsUnlinked(OfficeCode office, long sourceItemId, long itemId, String actor)
    implements PublicPagesChanged {}
