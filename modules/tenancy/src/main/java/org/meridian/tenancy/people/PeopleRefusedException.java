package org.meridian.tenancy.people;

import java.util.Optional;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.Refused;

/**
 * A change to an office's people that is not allowed or not possible, with a message the person can
 * act on and, where it is about one field of a form, which field.
 */
public class PeopleRefusedException extends RuntimeException implements Refused {

  private static final long serialVersionUID = 1L;

  /** The field of the invitation form a refusal is about. */
  public enum Field {
    EMAIL,
    NAME,
    LANGUAGE,
    ROLE
  }

  private final Field field;

  public PeopleRefusedException(String message) {
    this(null, message);
  }

  /** Why, by code (null for a sentence given as it is). */
  private final Refusal refusal;

  public PeopleRefusedException(Field field, String message) {
    super(message);
    this.field = field;
    this.refusal = null;
  }

  public PeopleRefusedException(Refusal refusal) {
    this((Field) null, refusal);
  }

  public PeopleRefusedException(Field field, Refusal refusal) {
    super(refusal.text());
    this.field = field;
    this.refusal = refusal;
  }

  @Override
  public Refusal refusal() {
    return refusal;
  }

  /** The field the refusal is about; empty when it concerns the whole action. */
  public Optional<Field> field() {
    return Optional.ofNullable(field);
  }
}
