package org.meridian.api;

import java.util.Objects;

/**
 * One invalid field of a request, as listed in a problem's {@code errors}: the field (a JSON
 * pointer-like dotted name: {@code title}, {@code fields.kind}), a stable {@code code} clients test
 * (the domain's refusal code where it has one, else an {@code api.*} code of the API's own), and
 * the English {@code message}.
 */
public record FieldProblem(String field, String code, String message) {

  /** A field that is not one of those the endpoint reads. */
  public static final String UNKNOWN_FIELD = "api.unknown_field";

  /** A required field that is missing or {@code null}. */
  public static final String REQUIRED = "api.required";

  /** A value of the wrong JSON type (a number for a string…). */
  public static final String WRONG_TYPE = "api.wrong_type";

  /** A value the API refused, without a code of the domain. */
  public static final String INVALID = "api.invalid_value";

  public FieldProblem {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
