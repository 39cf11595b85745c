package org.meridian.content.media;

/** A file or a change the library will not take, with a message the editor can act on. */
public class MediaRefusedException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public MediaRefusedException(String message) {
    super(message);
  }
}
