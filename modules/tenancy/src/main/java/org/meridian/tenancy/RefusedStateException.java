package org.meridian.tenancy;

/**
 * A refusal of bad timing (the thing is not in a state for it) that says why by a {@link Refusal},
 * for a feature without an exception of its own: still an {@link IllegalStateException}, so that
 * callers and the API answer it as before (same status, same English), while the console translates
 * it.
 */
public class RefusedStateException extends IllegalStateException implements Refused {

  private static final long serialVersionUID = 1L;

  private final Refusal refusal;

  public RefusedStateException(Refusal refusal) {
    super(refusal.text());
    this.refusal = refusal;
  }

  @Override
  public Refusal refusal() {
    return refusal;
  }
}
