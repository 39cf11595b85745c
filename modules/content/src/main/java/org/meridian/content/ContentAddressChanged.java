package org.meridian.content;

import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;

/**
 * Fired inside the transaction when an item moves to another slug; the old address redirects to the
 * new one from then on ({@code redirected} is false for an item that was never public, whose old
 * address is not kept).
 */
public record ContentAddressChanged(
    OfficeCode office,
    long itemId,
    LanguageTag language,
    Slug from,
    Slug to,
    boolean redirected,
    String actor)
    implements PublicPagesChanged {}
