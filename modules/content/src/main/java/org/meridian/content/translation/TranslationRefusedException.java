package org.meridian.content.translation;

/** A translation that the rules of translation sets do not allow; the message says why. */
public class TranslationRefusedException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public TranslationRefusedException(String message) {
    super(message);
  }
}
