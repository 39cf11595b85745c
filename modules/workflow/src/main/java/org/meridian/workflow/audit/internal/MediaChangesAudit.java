package org.meridian.workflow.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.meridian.content.media.MediaChanged;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.workflow.audit.AuditAction;
import org.meridian.workflow.audit.AuditFacts;
import org.meridian.workflow.audit.AuditRecorder;

/**
 * Records uploads, changed details and deletions in the media library, in the change's own
 * transaction (a refused delete leaves no entry).
 */
@ApplicationScoped
class MediaChangesAudit {

  @Inject private AuditRecorder recorder;
  @Inject private TenantContext tenant;
  @Inject private OfficeDirectory offices;

  void onMediaChanged(@Observes MediaChanged change) {
    OfficeRef office =
        tenant
            .current()
            .filter(o -> o.code().equals(change.office()))
            .or(() -> offices.find(change.office()))
            .orElseThrow(() -> new IllegalStateException("No office " + change.office()));
    AuditAction action =
        switch (change.change()) {
          case UPLOADED -> AuditAction.MEDIA_UPLOADED;
          case DESCRIBED -> AuditAction.MEDIA_DESCRIBED;
          case DELETED -> AuditAction.MEDIA_DELETED;
          case REPLACED -> AuditAction.MEDIA_REPLACED;
          case FRAMED -> AuditAction.MEDIA_FRAMED;
        };
    recorder.recordWithChange(
        new AuditFacts(
            change.actor(),
            office,
            action,
            "media " + change.mediaId() + " " + change.fileName(),
            null,
            null,
            null));
  }
}
