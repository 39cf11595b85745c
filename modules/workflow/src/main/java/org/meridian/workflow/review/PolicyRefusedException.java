package org.meridian.workflow.review;

/** A change of review policy that the person may not make; nothing was changed. */
public class PolicyRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PolicyRefusedException(String message) {
    super(message);
  }
}
