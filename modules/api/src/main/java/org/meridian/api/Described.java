package org.meridian.api;

/** Texts shared by the OpenAPI annotations of the resources. */
final class Described {

  static final String NOT_MODIFIED = "Not modified: the ETag sent in If-None-Match is current";
  static final String BAD_REQUEST = "A parameter or the body is not what the endpoint reads";
  static final String NO_TOKEN = "No token, or a malformed, unknown, expired or revoked one";
  static final String FORBIDDEN =
      "The token is another office's, lacks the scope, or its office is not active";
  static final String NOT_FOUND = "No such office or item (in this office)";
  static final String INVALID = "Fields of the body are invalid: every one is listed in 'errors'";
  static final String TOO_LARGE = "The body is larger than the API reads";
  static final String UNSUPPORTED = "The body is not of a media type the endpoint reads";
  static final String SLUG_TAKEN = "The slug is taken in that language";
  static final String TOO_MANY = "The token's rate limit is reached: retry after Retry-After";

  private Described() {}
}
