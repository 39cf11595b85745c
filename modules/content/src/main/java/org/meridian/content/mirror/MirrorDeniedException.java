package org.meridian.content.mirror;

/** Only HQ administrators and an office's administrators may write or download its mirror. */
public class MirrorDeniedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MirrorDeniedException() {
    super("Only HQ administrators and the office's administrators may write its static mirror.");
  }
}
