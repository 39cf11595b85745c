package org.meridian.workflow.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.meridian.tenancy.people.MembershipChanged;
import org.meridian.workflow.audit.AuditAction;
import org.meridian.workflow.audit.AuditFacts;
import org.meridian.workflow.audit.AuditRecorder;

/**
 * Records who was given, changed or taken a role in an office, and accounts disabled or enabled
 * (network-level entries), in the transaction of the change.
 */
@ApplicationScoped
class MembershipChangesAudit {

  @Inject private AuditRecorder recorder;

  void onMembershipChanged(@Observes MembershipChanged change) {
    AuditAction action =
        switch (change.change()) {
          case ADDED -> AuditAction.PERSON_ADDED;
          case ROLE_CHANGED -> AuditAction.PERSON_ROLE_CHANGED;
          case REMOVED -> AuditAction.PERSON_REMOVED;
          case ACCOUNT_DISABLED -> AuditAction.ACCOUNT_DISABLED;
          case ACCOUNT_ENABLED -> AuditAction.ACCOUNT_ENABLED;
          case SESSIONS_ENDED -> AuditAction.ACCOUNT_SESSIONS_ENDED;
        };
    recorder.recordWithChange(
        new AuditFacts(
            change.actor(),
            change.office(),
            action,
            change.person(),
            null,
            change.before(),
            change.after()));
  }
}
