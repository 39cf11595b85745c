package org.meridian.api;

/**
 * Texts shared by the OpenAPI annotations of the resources; the error answers they share are {@link
 * SharedResponses}.
 */
final class Described {

  static final String NOT_MODIFIED = "Not modified: the ETag sent in If-None-Match is current";

  private Described() {}
}
