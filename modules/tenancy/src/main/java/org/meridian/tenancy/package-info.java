/**
 * Offices (the tenants of Meridian), their hierarchy and languages, and the per-request {@link
 * org.meridian.tenancy.TenantContext} that every office-owned read and write goes through.
 */
package org.meridian.tenancy;
