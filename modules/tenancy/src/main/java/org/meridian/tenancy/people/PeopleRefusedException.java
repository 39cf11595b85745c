package org.meridian.tenancy.people;

import java.util.Optional;

/**
 * A change to an office's people that is not allowed or not possible, with a message the person can
 * act on and, where it is about one field of a form, which field.
 */
public class PeopleRefusedException extends RuntimeException {

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

  public PeopleRefusedException(Field field, String message) {
    super(message);
    this.field = field;
  }

  /** The field the refusal is about; empty when it concerns the whole action. */
  public Optional<Field> field() {
    return Optional.ofNullable(field);
  }
}
