package org.meridian.tenancy;

/**
 * A refusal of bad input that says why by a {@link Refusal}, for a feature without an exception of
 * its own: still an {@link IllegalArgumentException}, so that callers and the API answer it as
 * before (same status, same English), while the console translates it.
 */
public class RefusedArgumentException extends IllegalArgumentException implements Refused {

  private static final long serialVersionUID = 1L;

  private final Refusal refusal;

  public RefusedArgumentException(Refusal refusal) {
    super(refusal.text());
    this.refusal = refusal;
  }

  @Override
  public Refusal refusal() {
    return refusal;
  }
}
