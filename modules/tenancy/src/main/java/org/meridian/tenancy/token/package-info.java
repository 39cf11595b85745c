/**
 * Per-office API tokens: issued and revoked by office administrators in the console, presented by
 * API clients as {@code Authorization: Bearer mrd_…}. Only a hash of each secret is stored.
 */
package org.meridian.tenancy.token;
