/**
 * How token secrets are made and hashed, and the one lookup by hash that runs before the token's
 * office is known.
 */
package org.meridian.tenancy.token.internal;
