package org.meridian.workflow.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.meridian.content.ContentAddressChanged;
import org.meridian.content.ContentItemChanged;
import org.meridian.content.LiveContentChanged;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.workflow.audit.AuditAction;
import org.meridian.workflow.audit.AuditFacts;
import org.meridian.workflow.audit.AuditRecorder;

/**
 * Records publishing and unpublishing, restored revisions, the trash and address (slug) changes. A
 * plain (in-progress) observer, so the entry is written in the transaction of the change: a publish
 * that is rolled back leaves no entry. (Observing after completion would need a second transaction
 * and could record a change that never happened, or lose one when the server stops between commit
 * and record.)
 */
@ApplicationScoped
class ContentChangesAudit {

  @Inject private AuditRecorder recorder;
  @Inject private TenantContext tenant;
  @Inject private OfficeDirectory offices;

  void onLiveContentChanged(@Observes LiveContentChanged change) {
    OfficeRef office = office(change.office());
    boolean published = change.change() == LiveContentChanged.Change.PUBLISHED;
    recorder.recordWithChange(
        new AuditFacts(
            change.actor(),
            office,
            published ? AuditAction.CONTENT_PUBLISHED : AuditAction.CONTENT_UNPUBLISHED,
            "item " + change.itemId() + " " + change.language() + "/" + change.slug(),
            null,
            state(change.revisionBefore()),
            state(change.revisionAfter())));
  }

  void onItemChanged(@Observes ContentItemChanged change) {
    AuditAction action =
        switch (change.change()) {
          case REVISION_RESTORED -> AuditAction.CONTENT_REVISION_RESTORED;
          case TRASHED -> AuditAction.CONTENT_TRASHED;
          case RESTORED_FROM_TRASH -> AuditAction.CONTENT_RESTORED_FROM_TRASH;
          case PURGING -> AuditAction.CONTENT_PURGED;
        };
    recorder.recordWithChange(
        new AuditFacts(
            change.actor(),
            office(change.office()),
            action,
            "item " + change.itemId() + " " + change.language() + "/" + change.slug(),
            null,
            null,
            change.detail()));
  }

  /** A slug change: the public address before and after (the old one now redirects). */
  void onAddressChanged(@Observes ContentAddressChanged change) {
    recorder.recordWithChange(
        new AuditFacts(
            change.actor(),
            office(change.office()),
            AuditAction.CONTENT_ADDRESS_CHANGED,
            "item " + change.itemId() + " " + change.language() + "/" + change.to(),
            null,
            change.language() + "/" + change.from(),
            change.language()
                + "/"
                + change.to()
                + (change.redirected() ? " (the old address redirects)" : "")));
  }

  private OfficeRef office(OfficeCode code) {
    return tenant
        .current()
        .filter(o -> o.code().equals(code))
        .or(() -> offices.find(code))
        .orElseThrow(() -> new IllegalStateException("No office " + code));
  }

  private static String state(Integer liveRevision) {
    return liveRevision == null ? "offline" : "revision " + liveRevision + " live";
  }
}
