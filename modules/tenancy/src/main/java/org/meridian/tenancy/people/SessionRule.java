package org.meridian.tenancy.people;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether a console session signed in at some moment may go on, asked on every console request: the
 * account must still exist and be able to sign in (not disabled), its person must not have signed
 * out everywhere since, and the session must be younger than the maximum lifetime. A pure function,
 * tested row by row in {@code SessionRuleTest}.
 */
public final class SessionRule {

  /** What the rule says of a session. */
  public enum Verdict {
    GOES_ON,
    NO_ACCOUNT,
    CANNOT_SIGN_IN,
    SIGNED_OUT_EVERYWHERE,
    TOO_OLD;

    public boolean goesOn() {
      return this == GOES_ON;
    }
  }

  private SessionRule() {}

  /**
   * @param account the account as stored now, {@code null} when there is none
   * @param signedInAt when the session signed in
   * @param now the server's time
   * @param maxLifetime how long a session may last, however active
   */
  public static Verdict judge(
      Account account, Instant signedInAt, Instant now, Duration maxLifetime) {
    if (account == null) {
      return Verdict.NO_ACCOUNT;
    }
    if (!account.canSignIn()) {
      return Verdict.CANNOT_SIGN_IN;
    }
    Instant validFrom = account.sessionsValidFrom();
    if (validFrom != null && signedInAt.isBefore(validFrom)) {
      return Verdict.SIGNED_OUT_EVERYWHERE;
    }
    if (!now.isBefore(signedInAt.plus(maxLifetime))) {
      return Verdict.TOO_OLD;
    }
    return Verdict.GOES_ON;
  }
}
