package org.meridian.tenancy.office;

/**
 * Fired when an office is created or changed (status, profile): whatever shows the office — page
 * caches, lists — refreshes. Observers that act on it should wait for the transaction's success.
 */
public record OfficeChanged(OfficeCode office) {}
