package org.meridian.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The body of every error the API returns: the status, and what to fix. {@code field} names the
 * field of the request body at fault, when there is one (it is left out of the JSON otherwise);
 * {@code code} the stable name of a domain refusal, when the error is one.
 */
public record ApiError(int status, String error, String message, String field, String code) {

  public ApiError(int status, String error, String message) {
    this(status, error, message, null, null);
  }

  public ApiError(int status, String error, String message, String field) {
    this(status, error, message, field, null);
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
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError(status, reasonPhrase, message, field, code));
  }

  static Response response(Response.Status status, String message) {
    return builder(status.getStatusCode(), status.getReasonPhrase(), message, null).build();
  }

  /** A response for any status, e.g. 422, which {@link Response.Status} does not list. */
  static Response.ResponseBuilder builder(
      int status, String reasonPhrase, String message, String field) {
    return Response.status(status, reasonPhrase)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError(status, reasonPhrase, message, field));
  }
}
