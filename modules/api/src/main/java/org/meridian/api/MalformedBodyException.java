package org.meridian.api;

/** A request body that is not the JSON the endpoint reads: answered with 400. */
public class MalformedBodyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MalformedBodyException(String message) {
    super(message);
  }
}
