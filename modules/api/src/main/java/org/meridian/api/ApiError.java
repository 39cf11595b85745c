package org.meridian.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The body of every error the API returns: the status, and what to fix. */
public record ApiError(int status, String error, String message) {

  static Response response(Response.Status status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError(status.getStatusCode(), status.getReasonPhrase(), message))
        .build();
  }
}
