package org.meridian.content.media;

import org.meridian.content.PublicPagesChanged;
import org.meridian.tenancy.office.OfficeCode;

/**
 * Pages of {@code office} show asset {@code mediaId}, which changed in a way they show: its file
 * was replaced, its framing or alt text changed. Fired in the change's transaction; the page caches
 * drop the office's pages (and so their ETags change) once it commits.
 */
public record MediaShown(OfficeCode office, long mediaId) implements PublicPagesChanged {}
