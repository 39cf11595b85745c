package org.meridian.content.syndication;

/** A sharing step that the rules refuse; the message says why. Nothing was written. */
public class SyndicationRefusedException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public SyndicationRefusedException(String message) {
    super(message);
  }
}
