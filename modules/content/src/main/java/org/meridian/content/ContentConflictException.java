package org.meridian.content;

import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.Refused;

/**
 * A change refused because someone else changed the same item at the same time: nothing was
 * written; reload and try again. {@link RevisionConflictException} says what they changed.
 */
public class ContentConflictException extends RuntimeException implements Refused {
  private static final long serialVersionUID = 1L;

  private final long itemId;

  /** Why, by code (null for a sentence given as it is). */
  private final Refusal refusal;

  public ContentConflictException(long itemId, String message) {
    super(message);
    this.itemId = itemId;
    this.refusal = null;
  }

  public ContentConflictException(long itemId, Refusal refusal) {
    super(refusal.text());
    this.itemId = itemId;
    this.refusal = refusal;
  }

  @Override
  public Refusal refusal() {
    return refusal;
  }

  public long itemId() {
    return itemId;
  }
}
