package org.meridian.workflow.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.meridian.content.syndication.SyndicationChanged;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.workflow.audit.AuditAction;
import org.meridian.workflow.audit.AuditFacts;
import org.meridian.workflow.audit.AuditRecorder;

/**
 * Records sharing steps in the transaction of the step: an item shared or withdrawn (in the sharing
 * office's trail), a copy declined, taken back or its source's changes reviewed (in the receiving
 * office's).
 */
@ApplicationScoped
class SyndicationAudit {

  @Inject private AuditRecorder recorder;
  @Inject private TenantContext tenant;
  @Inject private OfficeDirectory offices;

  void onSyndicationChanged(@Observes SyndicationChanged change) {
    OfficeRef office =
        tenant
            .current()
            .filter(o -> o.code().equals(change.office()))
            .or(() -> offices.find(change.office()))
            .orElseThrow(() -> new IllegalStateException("No office " + change.office()));
    AuditAction action =
        switch (change.what()) {
          case SHARED -> AuditAction.SYNDICATION_SHARED;
          case WITHDRAWN -> AuditAction.SYNDICATION_WITHDRAWN;
          case DECLINED -> AuditAction.SYNDICATION_DECLINED;
          case ACCEPTED -> AuditAction.SYNDICATION_ACCEPTED;
          case CONFIRMED -> AuditAction.SYNDICATION_CONFIRMED;
        };
    recorder.recordWithChange(
        new AuditFacts(
            change.actor(),
            office,
            action,
            "item " + change.itemId(),
            null,
            null,
            change.detail()));
  }
}
