package org.meridian.workflow.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.meridian.tenancy.token.ApiTokenChanged;
import org.meridian.tenancy.token.ApiTokenSummary;
import org.meridian.workflow.audit.AuditAction;
import org.meridian.workflow.audit.AuditFacts;
import org.meridian.workflow.audit.AuditRecorder;

/**
 * Records API tokens issued and revoked, in the change's transaction. The subject is the token's
 * display prefix and name: never the secret.
 */
@ApplicationScoped
class ApiTokenChangesAudit {

  @Inject private AuditRecorder recorder;

  void onApiTokenChanged(@Observes ApiTokenChanged event) {
    ApiTokenSummary token = event.token();
    boolean issued = event.change() == ApiTokenChanged.Change.ISSUED;
    recorder.recordWithChange(
        new AuditFacts(
            event.actor(),
            event.office(),
            issued ? AuditAction.TOKEN_ISSUED : AuditAction.TOKEN_REVOKED,
            "token " + token.shownAs() + " '" + token.name() + "'",
            null,
            issued ? null : "active, scope " + token.scope(),
            issued ? "active, scope " + token.scope() : "revoked"));
  }
}
