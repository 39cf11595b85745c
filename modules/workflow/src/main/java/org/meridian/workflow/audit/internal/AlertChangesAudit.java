package org.meridian.workflow.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.meridian.content.alert.AlertChanged;
import org.meridian.workflow.audit.AuditAction;
import org.meridian.workflow.audit.AuditFacts;
import org.meridian.workflow.audit.AuditRecorder;

/**
 * Records every network alert issued or withdrawn, as its issuing office's, in the change's
 * transaction.
 */
@ApplicationScoped
class AlertChangesAudit {

  @Inject private AuditRecorder recorder;

  void onAlertChanged(@Observes AlertChanged change) {
    AuditAction action =
        change.change() == AlertChanged.Change.ISSUED
            ? AuditAction.ALERT_ISSUED
            : AuditAction.ALERT_WITHDRAWN;
    recorder.recordWithChange(
        new AuditFacts(change.actor(), change.issuer(), action, change.what(), null, null, null));
  }
}
