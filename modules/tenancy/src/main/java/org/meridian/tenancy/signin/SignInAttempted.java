package org.meridian.tenancy.signin;

import java.util.Objects;

/**
 * Fired by the console's sign-in once it knows how an attempt ended, for the audit trail to
 * observe. {@code login} is what was typed as the e-mail address: it may be anything, even a
 * password typed into the wrong field, so observers must not store it unless it names an account.
 */
public record SignInAttempted(String login, String clientAddress, Outcome outcome) {

  public enum Outcome {
    /** The password was right. */
    SUCCEEDED,
    /** The e-mail address or the password was wrong. */
    FAILED,
    /** Refused without checking the password: too many failures (throttling, lock-out). */
    PAUSED
  }

  public SignInAttempted {
    login = login == null ? "" : login;
    Objects.requireNonNull(outcome, "outcome");
  }

  /** Whether the person got in. */
  public boolean succeeded() {
    return outcome == Outcome.SUCCEEDED;
  }
}
