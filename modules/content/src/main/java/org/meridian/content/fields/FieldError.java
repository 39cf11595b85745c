package org.meridian.content.fields;

import java.util.Objects;

/** A value an editor must fix: the field's name and what is wrong with it. */
public record FieldError(String field, String message) {

  public FieldError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }
}
