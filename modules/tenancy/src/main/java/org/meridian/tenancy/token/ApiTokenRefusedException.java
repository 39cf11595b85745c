package org.meridian.tenancy.token;

import java.util.Objects;

/** A presented token does not give access; {@link #reason()} says why, the message what to do. */
public class ApiTokenRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why a token was refused. */
  public enum Reason {
    /** Not the shape of a Meridian token. */
    MALFORMED,
    /** No such token (never issued, or mistyped). */
    UNKNOWN,
    /** The token was revoked. */
    REVOKED,
    /** The token expired. */
    EXPIRED,
    /** The token is fine but its office is suspended or archived. */
    OFFICE_NOT_ACTIVE
  }

  private final Reason reason;

  public ApiTokenRefusedException(Reason reason, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public Reason reason() {
    return reason;
  }
}
