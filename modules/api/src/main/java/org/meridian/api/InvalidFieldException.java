package org.meridian.api;

import java.util.Objects;

/** A field of a request body has a value the API cannot accept: answered with 422. */
public class InvalidFieldException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;

  public InvalidFieldException(String field, String message) {
    super(message);
    this.field = Objects.requireNonNull(field, "field");
  }

  public String field() {
    return field;
  }
}
