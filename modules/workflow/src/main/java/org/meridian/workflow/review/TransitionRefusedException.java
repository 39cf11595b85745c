package org.meridian.workflow.review;

/** A step the rules refuse, with why; the item stays exactly as it was. */
public class TransitionRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public TransitionRefusedException(String message) {
    super(message);
  }
}
