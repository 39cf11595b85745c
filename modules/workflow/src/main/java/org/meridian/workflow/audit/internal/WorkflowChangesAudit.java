package org.meridian.workflow.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.workflow.audit.AuditAction;
import org.meridian.workflow.audit.AuditFacts;
import org.meridian.workflow.audit.AuditRecorder;
import org.meridian.workflow.review.ItemTransitioned;
import org.meridian.workflow.review.ReviewPolicyChanged;

/**
 * Records the steps of the editorial process and changes of review policy, in the transaction of
 * the step, like {@link ContentChangesAudit}. Publishing and unpublishing are recorded there, from
 * content's own events, whoever caused them (a person or a schedule): not twice here.
 */
@ApplicationScoped
class WorkflowChangesAudit {

  @Inject private AuditRecorder recorder;
  @Inject private TenantContext tenant;
  @Inject private OfficeDirectory offices;

  void onTransition(@Observes ItemTransitioned step) {
    AuditAction action =
        switch (step.transition()) {
          case SUBMIT -> AuditAction.CONTENT_SUBMITTED;
          case APPROVE -> AuditAction.CONTENT_APPROVED;
          case REQUEST_CHANGES -> AuditAction.CONTENT_CHANGES_REQUESTED;
          case ARCHIVE -> AuditAction.CONTENT_ARCHIVED;
          case REOPEN -> AuditAction.CONTENT_REOPENED;
          case PUBLISH, UNPUBLISH -> null;
        };
    if (action == null) {
      return;
    }
    OfficeRef office =
        tenant
            .current()
            .filter(o -> o.id() == step.officeId())
            .or(() -> offices.find(new org.meridian.tenancy.office.OfficeCode(step.officeCode())))
            .orElseThrow(() -> new IllegalStateException("No office " + step.officeCode()));
    recorder.recordWithChange(
        new AuditFacts(
            step.actor(),
            office,
            action,
            "item " + step.itemId() + " revision " + step.revisionNumber(),
            null,
            step.from().label(),
            step.to().label() + (step.comment() == null ? "" : ": " + shortened(step.comment()))));
  }

  /** Comments can be long; the trail keeps their start (the notes keep them whole). */
  private static String shortened(String comment) {
    return comment.length() <= 300 ? comment : comment.substring(0, 299) + "…";
  }

  void onPolicyChanged(@Observes ReviewPolicyChanged change) {
    recorder.recordWithChange(
        new AuditFacts(
            change.actor(),
            change.office(),
            AuditAction.REVIEW_POLICY_CHANGED,
            "review policy of " + change.office().code().value(),
            null,
            change.before(),
            change.after()));
  }
}
