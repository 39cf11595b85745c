package org.meridian.content.media;

/** A file or a change the library will not take, with a message the editor can act on. */
public class MediaRefusedException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The field at fault, when it is one: {@code file}, {@code title}, {@code altText}, ... */
  private final String field;

  public MediaRefusedException(String message) {
    this(null, message);
  }

  public MediaRefusedException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The field to show the message on, or {@code null} for the whole form. */
  public String field() {
    return field;
  }
}
