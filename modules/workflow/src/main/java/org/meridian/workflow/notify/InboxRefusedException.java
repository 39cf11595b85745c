package org.meridian.workflow.notify;

/** Someone asked for an inbox of an office they do not work in. */
public class InboxRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InboxRefusedException(String message) {
    super(message);
  }
}
