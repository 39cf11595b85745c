package org.meridian.tenancy.image;

/** An image that is not decoded: too large, damaged, or the server too busy; says which. */
public class ImageRefusedException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public ImageRefusedException(String message) {
    super(message);
  }
}
