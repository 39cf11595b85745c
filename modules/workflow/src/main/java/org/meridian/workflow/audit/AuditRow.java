package org.meridian.workflow.audit;

import java.io.Serializable;
import java.time.Instant;

/**
 * An audit entry as views and CSV exports show it.
 *
 * @param office the office's code, or {@code null} for network-level entries
 * @param actingOffice the code of the office through which the actor acted when not a member of
 *     {@code office} (a regional office, HQ), or {@code null}
 */
public record AuditRow(
    long id,
    Instant when,
    String actor,
    String office,
    String actingOffice,
    String action,
    String subject,
    String clientAddress,
    String before,
    String after)
    implements Serializable {}
