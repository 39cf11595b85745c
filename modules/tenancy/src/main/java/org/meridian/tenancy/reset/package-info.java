/**
 * Password reset links: single-use, expiring tokens of which only a digest is stored, sent through
 * the mail outbox.
 */
package org.meridian.tenancy.reset;
