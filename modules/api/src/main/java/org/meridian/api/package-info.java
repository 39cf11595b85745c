/**
 * The headless JSON API, {@code /api/v1}: thin resources over the services, no rules of its own.
 */
package org.meridian.api;
