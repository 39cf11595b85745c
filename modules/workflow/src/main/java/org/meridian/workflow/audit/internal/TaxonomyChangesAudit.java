package org.meridian.workflow.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.meridian.content.taxonomy.TaxonomyChanged;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.workflow.audit.AuditAction;
import org.meridian.workflow.audit.AuditFacts;
import org.meridian.workflow.audit.AuditRecorder;

/**
 * Records changes to themes (network-level entries, no office) and to an office's tags and items'
 * classification, in the transaction of the change, like {@link ContentChangesAudit}.
 */
@ApplicationScoped
class TaxonomyChangesAudit {

  @Inject private AuditRecorder recorder;
  @Inject private TenantContext tenant;
  @Inject private OfficeDirectory offices;

  void onTaxonomyChanged(@Observes TaxonomyChanged change) {
    OfficeRef office =
        change.everyOffice()
            ? null
            : tenant
                .current()
                .filter(o -> o.code().equals(change.office()))
                .or(() -> offices.find(change.office()))
                .orElseThrow(() -> new IllegalStateException("No office " + change.office()));
    recorder.recordWithChange(
        new AuditFacts(
            change.actor(), office, AuditAction.TAXONOMY_CHANGED, change.what(), null, null, null));
  }
}
