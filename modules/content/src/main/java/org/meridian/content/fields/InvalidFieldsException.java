package org.meridian.content.fields;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meridian.tenancy.Refusal;

/**
 * Some fields of what an editor saved are not acceptable; {@link #errors()} says which and why, so
 * that a form can show each message on its field. Nothing was written.
 */
public class InvalidFieldsException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final LinkedHashMap<String, String> errors;

  /** The errors that say why by code, by field (a field's first error only, as {@link #errors}). */
  private final LinkedHashMap<String, Refusal> refusals;

  public InvalidFieldsException(List<FieldError> errors) {
    super(message(errors));
    this.errors = new LinkedHashMap<>();
    this.refusals = new LinkedHashMap<>();
    for (FieldError e : errors) {
      if (!this.errors.containsKey(e.field())) {
        this.errors.put(e.field(), e.message());
        if (e.refusal() != null) {
          this.refusals.put(e.field(), e.refusal());
        }
      }
    }
  }

  public InvalidFieldsException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public InvalidFieldsException(String field, Refusal refusal) {
    this(List.of(new FieldError(field, refusal)));
  }

  /** Field name to message, in the order of the form. */
  public Map<String, String> errors() {
    return Collections.unmodifiableMap(errors);
  }

  /**
   * The fields whose error says why by a {@link Refusal} (for the console to translate), the others
   * being in {@link #errors()} only.
   */
  public Map<String, Refusal> refusals() {
    return Collections.unmodifiableMap(refusals);
  }

  private static String message(List<FieldError> errors) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("An invalid input names at least one field");
    }
    return String.join(" ", errors.stream().map(FieldError::message).toList());
  }
}
