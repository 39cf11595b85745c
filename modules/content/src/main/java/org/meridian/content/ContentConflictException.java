package org.meridian.content;

/**
 * A change refused because someone else changed the same item at the same time: nothing was
 * written; reload and try again. {@link RevisionConflictException} says what they changed.
 */
public class ContentConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long itemId;

  public ContentConflictException(long itemId, String message) {
    super(message);
    this.itemId = itemId;
  }

  public long itemId() {
    return itemId;
  }
}
