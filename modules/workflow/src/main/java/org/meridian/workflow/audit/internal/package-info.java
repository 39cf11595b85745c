/**
 * The observers that turn the events of {@code tenancy} and {@code content} into audit entries: the
 * lower modules fire small event records and never learn that a trail exists.
 */
package org.meridian.workflow.audit.internal;
