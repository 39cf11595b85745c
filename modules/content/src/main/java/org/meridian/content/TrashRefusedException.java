package org.meridian.content;

/** The person may not do this with the trash (see {@link TrashRules}); nothing was changed. */
public class TrashRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TrashRefusedException(String message) {
    super(message);
  }
}
