package org.meridian.content;

import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.Refused;

/** Another item of the office already uses this address in this language. */
public class SlugTakenException extends RuntimeException implements Refused {

  private static final long serialVersionUID = 1L;

  private final Refusal refusal;

  public SlugTakenException(Slug slug, String language) {
    this(
        Refusal.of(
            "content.slug_taken_0_in_1",
            "The address '{0}' is already used in {1}: choose another slug",
            String.valueOf(slug),
            language));
  }

  private SlugTakenException(Refusal refusal) {
    super(refusal.text());
    this.refusal = refusal;
  }

  @Override
  public Refusal refusal() {
    return refusal;
  }

  /** The address belongs to an item in the trash, which keeps it until it is deleted for good. */
  static SlugTakenException byTrashedItem(Slug slug, String language) {
    return new SlugTakenException(
        Refusal.of(
            "content.slug_in_trash_0_in_1",
            "The address '{0}' in {1} belongs to an item in the trash: choose another slug, or"
                + " ask an office administrator to restore that item or delete it for good",
            String.valueOf(slug),
            language));
  }
}
