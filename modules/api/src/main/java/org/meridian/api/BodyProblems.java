package org.meridian.api;

import java.util.ArrayList;
import java.util.List;
import org.meridian.content.fields.InvalidFieldsException;

/**
 * Collects every invalid field of a request body, so that one answer lists them all; {@link
 * #throwIfAny()} then refuses the request with 422 before anything is written.
 */
final class BodyProblems {

  private final List<FieldProblem> problems = new ArrayList<>();

  void add(String field, String code, String message) {
    if (problems.stream().noneMatch(p -> p.field().equals(field))) {
      problems.add(new FieldProblem(field, code, message));
    }
  }

  /**
   * The fields the domain refused, named with {@code prefix} ({@code "fields."} for type fields).
   */
  void addAll(InvalidFieldsException refused, String prefix) {
    refused
        .errors()
        .forEach(
            (field, message) -> {
              var why = refused.refusals().get(field);
              add(prefix + field, why == null ? FieldProblem.INVALID : why.code(), message);
            });
  }

  /** A field the domain refused by an exception ({@link org.meridian.tenancy.Refused} or not). */
  void add(String field, RuntimeException refused) {
    add(
        field,
        refused instanceof org.meridian.tenancy.Refused r && r.refusal() != null
            ? r.refusal().code()
            : FieldProblem.INVALID,
        refused.getMessage());
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidFieldException(problems);
    }
  }

  static List<FieldProblem> of(InvalidFieldsException refused, String prefix) {
    BodyProblems all = new BodyProblems();
    all.addAll(refused, prefix);
    return all.problems;
  }
}
