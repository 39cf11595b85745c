package org.meridian.content;

/** No item with that id in the current office (items of other offices do not exist for it). */
public class ContentNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ContentNotFoundException(String what) {
    super(what + " does not exist in this office");
  }
}
