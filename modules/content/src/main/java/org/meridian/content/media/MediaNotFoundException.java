package org.meridian.content.media;

/** No asset with that id in the office's own library (HQ's shared assets are read-only). */
public class MediaNotFoundException extends MediaRefusedException {

  private static final long serialVersionUID = 1L;

  public MediaNotFoundException(String message) {
    super(message);
  }
}
