package org.meridian.workflow.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.meridian.tenancy.people.Account;
import org.meridian.tenancy.people.AccountDirectory;
import org.meridian.tenancy.signin.LoginDigest;
import org.meridian.tenancy.signin.SignInAttempted;
import org.meridian.workflow.audit.AuditAction;
import org.meridian.workflow.audit.AuditFacts;
import org.meridian.workflow.audit.AuditRecorder;

/**
 * Records console sign-ins, successful or not, each in a transaction of its own: the failing
 * request must not take its entry with it. Sign-ins belong to no office (a person may work in
 * several), so they are network-level entries that HQ administrators see.
 *
 * <p>What was typed as the e-mail address is stored only when it names an account: people sometimes
 * type their password into that field. Anything else is recorded as {@code unknown} with the first
 * characters of the login's digest, so that repeated attempts can still be told apart.
 */
@ApplicationScoped
class SignInAudit {

  @Inject private AuditRecorder recorder;
  @Inject private AccountDirectory accounts;

  void onSignIn(@Observes SignInAttempted attempt) {
    String who =
        accounts
            .find(attempt.login())
            .map(Account::email)
            .orElse(
                "unknown (login " + LoginDigest.ofLogin(attempt.login()).substring(0, 12) + ")");
    String after =
        switch (attempt.outcome()) {
          case SUCCEEDED -> "signed in";
          case FAILED -> "wrong e-mail address or password";
          case PAUSED -> "refused: too many failed attempts (paused)";
        };
    recorder.recordAlone(
        new AuditFacts(
            who,
            null,
            attempt.succeeded() ? AuditAction.SIGNIN_SUCCEEDED : AuditAction.SIGNIN_FAILED,
            "console sign-in",
            attempt.clientAddress(),
            null,
            after));
  }
}
