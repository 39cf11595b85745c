package org.meridian.content.menu;

/** Someone else changed the menu entry since the caller saw it; nothing was written. */
public class MenuConflictException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public MenuConflictException(String message) {
    super(message);
  }
}
