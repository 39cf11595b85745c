package org.meridian.content.media;

import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.Refused;

/** A file or a change the library will not take, with a message the editor can act on. */
public class MediaRefusedException extends IllegalArgumentException implements Refused {

  private static final long serialVersionUID = 1L;

  /** The field at fault, when it is one: {@code file}, {@code title}, {@code altText}, ... */
  private final String field;

  public MediaRefusedException(String message) {
    this(null, message);
  }

  /** Why, by code, when the library says it so (null for a sentence given as it is). */
  private final Refusal refusal;

  public MediaRefusedException(String field, String message) {
    super(message);
    this.field = field;
    this.refusal = null;
  }

  public MediaRefusedException(String field, Refusal refusal) {
    super(refusal.text());
    this.field = field;
    this.refusal = refusal;
  }

  @Override
  public Refusal refusal() {
    return refusal;
  }

  /** The field to show the message on, or {@code null} for the whole form. */
  public String field() {
    return field;
  }
}
