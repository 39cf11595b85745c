package org.meridian.content;

/** Another item of the office already uses this address in this language. */
public class SlugTakenException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SlugTakenException(Slug slug, String language) {
    this("The address '" + slug + "' is already used in " + language + ": choose another slug");
  }

  private SlugTakenException(String message) {
    super(message);
  }

  /** The address belongs to an item in the trash, which keeps it until it is deleted for good. */
  static SlugTakenException byTrashedItem(Slug slug, String language) {
    return new SlugTakenException(
        "The address '"
            + slug
            + "' in "
            + language
            + " belongs to an item in the trash: choose another slug, or ask an office"
            + " administrator to restore that item or delete it for good");
  }
}
