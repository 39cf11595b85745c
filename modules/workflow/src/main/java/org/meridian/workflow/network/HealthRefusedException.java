package org.meridian.workflow.network;

/** Someone asked for an office's health who may not see it, or for an office that is not there. */
public class HealthRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public HealthRefusedException(String message) {
    super(message);
  }
}
