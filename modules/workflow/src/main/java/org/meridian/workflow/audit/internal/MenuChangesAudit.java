package org.meridian.workflow.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.meridian.content.menu.MenuChanged;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.workflow.audit.AuditAction;
import org.meridian.workflow.audit.AuditFacts;
import org.meridian.workflow.audit.AuditRecorder;

/**
 * Records every change to an office's menus (entry added, changed, moved, indented, outdented,
 * deleted) in the transaction of the change, like {@link TaxonomyChangesAudit}.
 */
@ApplicationScoped
class MenuChangesAudit {

  @Inject private AuditRecorder recorder;
  @Inject private TenantContext tenant;
  @Inject private OfficeDirectory offices;

  void onMenuChanged(@Observes MenuChanged change) {
    OfficeRef office =
        tenant
            .current()
            .filter(o -> o.code().equals(change.office()))
            .or(() -> offices.find(change.office()))
            .orElseThrow(() -> new IllegalStateException("No office " + change.office()));
    recorder.recordWithChange(
        new AuditFacts(
            change.actor(), office, AuditAction.MENU_CHANGED, change.what(), null, null, null));
  }
}
