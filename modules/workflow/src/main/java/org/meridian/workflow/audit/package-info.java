/**
 * The audit trail: who did what, in which office, when and from where. Entries are written by
 * observers of the events that {@code tenancy} and {@code content} fire, are never changed or
 * deleted by the application, and are read only through {@link
 * org.meridian.workflow.audit.AuditTrail}, which keeps office administrators to their own office.
 */
package org.meridian.workflow.audit;
