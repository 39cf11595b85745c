package org.meridian.content.syndication;

import org.meridian.content.PublicPagesChanged;
import org.meridian.tenancy.office.OfficeCode;

/**
 * The source of a live copy moved to another address: the copy's page names it as canonical, so the
 * office's cached pages go.
 */
public record CopySourceMoved(OfficeCode office, long itemId) implements PublicPagesChanged {}
