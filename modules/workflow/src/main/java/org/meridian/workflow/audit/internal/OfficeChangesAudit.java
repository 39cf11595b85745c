package org.meridian.workflow.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.meridian.tenancy.office.OfficeChanged;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.workflow.audit.AuditAction;
import org.meridian.workflow.audit.AuditFacts;
import org.meridian.workflow.audit.AuditRecorder;

/** Records offices created, suspended, reactivated and archived, in the change's transaction. */
@ApplicationScoped
class OfficeChangesAudit {

  @Inject private AuditRecorder recorder;

  void onOfficeChanged(@Observes OfficeChanged event) {
    OfficeRef office = event.office();
    AuditAction action =
        switch (event.change()) {
          case CREATED -> AuditAction.OFFICE_CREATED;
          case SUSPENDED -> AuditAction.OFFICE_SUSPENDED;
          case REACTIVATED -> AuditAction.OFFICE_REACTIVATED;
          case ARCHIVED -> AuditAction.OFFICE_ARCHIVED;
          case PROFILE_CHANGED -> AuditAction.OFFICE_PROFILE_CHANGED;
          case DELEGATION_CHANGED -> AuditAction.OFFICE_DELEGATION_CHANGED;
        };
    String after =
        event.change() == OfficeChanged.Change.CREATED
            ? office.type()
                + " office '"
                + office.name(office.defaultLanguage())
                + "'"
                + (office.parent() == null ? "" : " under " + office.parent())
                + ", "
                + office.status()
            : event.change() == OfficeChanged.Change.PROFILE_CHANGED
                ? "names, brand colour "
                    + office.accentColour()
                    + ", contacts, social links, time zone "
                    + office.timeZone()
                : event.change() == OfficeChanged.Change.DELEGATION_CHANGED
                    ? delegation(office.administersRegion())
                    : office.status().name();
    recorder.recordWithChange(
        new AuditFacts(
            event.actor(),
            office,
            action,
            "office " + office.code(),
            null,
            event.change() == OfficeChanged.Change.DELEGATION_CHANGED
                ? delegation(!office.administersRegion())
                : event.statusBefore() == null ? null : event.statusBefore().name(),
            after));
  }

  private static String delegation(boolean delegated) {
    return delegated
        ? "the region's offices administered by its regional office"
        : "the region's offices administered by HQ only";
  }
}
