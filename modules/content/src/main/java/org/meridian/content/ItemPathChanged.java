package org.meridian.content;

import org.meridian.tenancy.office.OfficeCode;

/**
 * Fired when a page moves under another page: its public address and its sub-pages' addresses
 * change, so caches of the office's pages must forget them.
 */
public record ItemPathChanged(OfficeCode office, long itemId) {}
