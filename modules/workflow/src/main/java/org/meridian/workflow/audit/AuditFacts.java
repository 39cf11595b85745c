package org.meridian.workflow.audit;

import java.util.Objects;
import org.meridian.tenancy.office.OfficeRef;

/**
 * What an observer knows about something that happened; the recorder adds the time and, when the
 * facts do not say, the request's client address.
 *
 * @param office {@code null} for network-level events
 * @param clientAddress {@code null}: take it from the request, if there is one
 */
public record AuditFacts(
    String actor,
    OfficeRef office,
    AuditAction action,
    String subject,
    String clientAddress,
    String before,
    String after) {

  /** How system work (start-up, scheduled jobs) names itself. */
  public static final String SYSTEM = "system";

  public AuditFacts {
    Objects.requireNonNull(action, "action");
    actor = actor == null || actor.isBlank() ? SYSTEM : actor.strip();
  }
}
