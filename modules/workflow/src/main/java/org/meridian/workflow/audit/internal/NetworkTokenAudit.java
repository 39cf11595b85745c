package org.meridian.workflow.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.meridian.tenancy.token.NetworkTokenUsed;
import org.meridian.workflow.audit.AuditAction;
import org.meridian.workflow.audit.AuditFacts;
import org.meridian.workflow.audit.AuditRecorder;

/**
 * Records every use of HQ's network token on an office, in the office acted on, in a transaction of
 * its own: the record stays even when the request then fails or is refused.
 */
@ApplicationScoped
class NetworkTokenAudit {

  @Inject private AuditRecorder recorder;

  void onUse(@Observes NetworkTokenUsed use) {
    recorder.recordAlone(
        new AuditFacts(
            use.token().actor(),
            use.token().office(),
            AuditAction.NETWORK_TOKEN_USED,
            use.request(),
            null,
            null,
            "network token of " + use.token().issuer().code()));
  }
}
