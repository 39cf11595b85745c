package org.meridian.content.fields;

import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.Refused;

/**
 * A value of a type's field that is not acceptable, saying why by a {@link Refusal} whose values
 * include the field's label as a word (the console shows it in the reader's language). {@link
 * TypeFields#validate} collects these into an {@link InvalidFieldsException}.
 */
public class FieldValueRefusedException extends IllegalArgumentException implements Refused {

  private static final long serialVersionUID = 1L;

  private final Refusal refusal;

  public FieldValueRefusedException(Refusal refusal) {
    super(refusal.text());
    this.refusal = refusal;
  }

  @Override
  public Refusal refusal() {
    return refusal;
  }
}
