package org.meridian.workflow.audit;

import java.io.Serializable;
import java.time.Instant;

/**
 * An audit entry as views and CSV exports show it.
 *
 * @param office the office's code, or {@code null} for network-level entries
 */
public record AuditRow(
    long id,
    Instant when,
    String actor,
    String office,
    String action,
    String subject,
    String clientAddress,
    String before,
    String after)
    implements Serializable {}
