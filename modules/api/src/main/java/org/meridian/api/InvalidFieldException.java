package org.meridian.api;

import java.util.List;

/**
 * Fields of a request body have values the API cannot accept: answered with 422 listing every one
 * ({@link FieldProblem}). Nothing was written.
 */
public class InvalidFieldException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<FieldProblem> problems;

  public InvalidFieldException(String field, String message) {
    this(field, FieldProblem.INVALID, message);
  }

  public InvalidFieldException(String field, String code, String message) {
    this(List.of(new FieldProblem(field, code, message)));
  }

  public InvalidFieldException(List<FieldProblem> problems) {
    super(String.join(" ", problems.stream().map(FieldProblem::message).toList()));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("An invalid request names at least one field");
    }
    this.problems = List.copyOf(problems);
  }

  /** The first field at fault. */
  public String field() {
    return problems.get(0).field();
  }

  /** Every field at fault, in the order of the request's fields. */
  public List<FieldProblem> problems() {
    return problems;
  }
}
