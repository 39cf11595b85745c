package org.meridian.content;

/** Another item of the office already uses this address in this language. */
public class SlugTakenException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SlugTakenException(Slug slug, String language) {
    super("The address '" + slug + "' is already used in " + language + ": choose another slug");
  }
}
