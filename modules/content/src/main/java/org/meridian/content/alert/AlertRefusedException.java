package org.meridian.content.alert;

/** The person may not issue or withdraw this alert, or it cannot be withdrawn (any more). */
public class AlertRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AlertRefusedException(String message) {
    super(message);
  }
}
