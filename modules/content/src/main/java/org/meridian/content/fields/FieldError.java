package org.meridian.content.fields;

import java.util.Objects;
import org.meridian.tenancy.Refusal;

/**
 * A value an editor must fix: the field's name and what is wrong with it, in English ({@code
 * message}) and, where the rule says it by code, as a {@link Refusal} the console translates
 * ({@code null} for a sentence given as it is).
 */
public record FieldError(String field, String message, Refusal refusal) {

  public FieldError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  public FieldError(String field, String message) {
    this(field, message, null);
  }

  public FieldError(String field, Refusal refusal) {
    this(field, refusal.text(), refusal);
  }
}
