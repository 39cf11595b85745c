package org.meridian.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The body of every error the API returns: the status, and what to fix. {@code field} names the
 * field of the request body at fault, when there is one (it is left out of the JSON otherwise).
 */
public record ApiError(int status, String error, String message, String field) {

  public ApiError(int status, String error, String message) {
    this(status, error, message, null);
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
