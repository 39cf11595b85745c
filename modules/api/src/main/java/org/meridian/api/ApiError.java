package org.meridian.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The body of every error the API returns: an RFC 9457 problem ({@code application/problem+json})
 * with {@code type} (always {@code about:blank}: the status says what kind of problem it is),
 * {@code title} (the status's phrase), {@code status} and {@code detail} (what to fix, in English).
 * Extension members: {@code code}, the stable name of a domain refusal when the error is one;
 * {@code field}, the first field of the request body at fault; {@code errors}, every field at fault
 * with its own {@code code} and {@code message}. {@code error} and {@code message} repeat {@code
 * title} and {@code detail} for the clients of the first API version. Members without a value are
 * left out.
 */
public record ApiError(
    String type,
    String title,
    int status,
    String detail,
    String error,
    String message,
    String field,
    String code,
    List<FieldProblem> errors) {

  /** The media type of every error. */
  public static final String PROBLEM_JSON = "application/problem+json";

  public static final MediaType PROBLEM_JSON_TYPE = MediaType.valueOf(PROBLEM_JSON);

  public ApiError(int status, String error, String message, String field, String code) {
    this(
        "about:blank",
        error,
        status,
        message,
        error,
        message,
        field,
        code,
        field == null ? null : List.of(new FieldProblem(field, codeOrInvalid(code), message)));
  }

  public ApiError(int status, String error, String message) {
    this(status, error, message, null, null);
  }

  /** A 422 listing every field at fault. */
  static ApiError invalid(List<FieldProblem> problems) {
    FieldProblem first = problems.get(0);
    String detail =
        problems.size() == 1
            ? first.message()
            : problems.size()
                + " fields are invalid: "
                + String.join(" ", problems.stream().map(FieldProblem::message).toList());
    return new ApiError(
        "about:blank",
        "Unprocessable Content",
        422,
        detail,
        "Unprocessable Content",
        detail,
        first.field(),
        first.code(),
        List.copyOf(problems));
  }

  private static String codeOrInvalid(String code) {
    return code == null ? FieldProblem.INVALID : code;
  }

  /**
   * The error for a failure {@code e}: its English message, and the stable code of its refusal when
   * it says why by one ({@link org.meridian.tenancy.Refused}).
   */
  static Response.ResponseBuilder of(int status, String reasonPhrase, Throwable e, String field) {
    String code =
        e instanceof org.meridian.tenancy.Refused refused && refused.refusal() != null
            ? refused.refusal().code()
            : null;
    return withCode(status, reasonPhrase, e.getMessage(), field, code);
  }

  /** An error with {@code code} (left out of the JSON when null). */
  static Response.ResponseBuilder withCode(
      int status, String reasonPhrase, String message, String field, String code) {
    return Response.status(status, reasonPhrase)
        .type(PROBLEM_JSON_TYPE)
        .entity(new ApiError(status, reasonPhrase, message, field, code));
  }

  static Response response(Response.Status status, String message) {
    return builder(status.getStatusCode(), status.getReasonPhrase(), message, null).build();
  }

  /** A response for any status, e.g. 422, which {@link Response.Status} does not list. */
  static Response.ResponseBuilder builder(
      int status, String reasonPhrase, String message, String field) {
    return withCode(status, reasonPhrase, message, field, null);
  }
}
