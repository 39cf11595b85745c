package org.meridian.workflow.network;

/** Someone who is not an HQ administrator asked to read across offices. */
public class HqOnlyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public HqOnlyException(String actor) {
    super("Only HQ administrators read across offices; " + actor + " is not one");
  }
}
