package org.meridian.content.translation;

import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.Refused;

/** A translation that the rules of translation sets do not allow; the message says why. */
public class TranslationRefusedException extends IllegalArgumentException implements Refused {
  private static final long serialVersionUID = 1L;

  /** Why, by code (null for a sentence given as it is). */
  private final Refusal refusal;

  public TranslationRefusedException(String message) {
    super(message);
    this.refusal = null;
  }

  public TranslationRefusedException(Refusal refusal) {
    super(refusal.text());
    this.refusal = refusal;
  }

  @Override
  public Refusal refusal() {
    return refusal;
  }
}
