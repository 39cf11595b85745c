package org.meridian.content.fields;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Some fields of what an editor saved are not acceptable; {@link #errors()} says which and why, so
 * that a form can show each message on its field. Nothing was written.
 */
public class InvalidFieldsException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final LinkedHashMap<String, String> errors;

  public InvalidFieldsException(List<FieldError> errors) {
    super(message(errors));
    this.errors = new LinkedHashMap<>();
    errors.forEach(e -> this.errors.putIfAbsent(e.field(), e.message()));
  }

  public InvalidFieldsException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  /** Field name to message, in the order of the form. */
  public Map<String, String> errors() {
    return Collections.unmodifiableMap(errors);
  }

  private static String message(List<FieldError> errors) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("An invalid input names at least one field");
    }
    return String.join(" ", errors.stream().map(FieldError::message).toList());
  }
}
