package org.meridian.content.translation;

import org.meridian.content.PublicPagesChanged;
import org.meridian.tenancy.office.OfficeCode;

/** Two live items became translations of each other: their pages' language links change. */
public record TranslationsLinked(OfficeCode office, long sourceItemId, long itemId)
    implements PublicPagesChanged {}
