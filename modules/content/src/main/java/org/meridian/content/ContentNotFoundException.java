package org.meridian.content;

import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.Refused;

/**
 * No item (revision, menu entry…) with that id in the current office (items of other offices do not
 * exist for it). Says which by a {@link Refusal}: the console shows it in the reader's language,
 * the API sends the English and the code.
 */
public class ContentNotFoundException extends RuntimeException implements Refused {
  private static final long serialVersionUID = 1L;

  private final Refusal refusal;

  public ContentNotFoundException(Refusal refusal) {
    super(refusal.text());
    this.refusal = refusal;
  }

  /** No item {@code id} (a number, or what was given where one was expected) in this office. */
  public static ContentNotFoundException item(Object id) {
    return new ContentNotFoundException(
        Refusal.of("content.no_item_0", "Item {0} does not exist in this office", id));
  }

  /** No revision {@code id} of an item of this office. */
  public static ContentNotFoundException revision(long id) {
    return new ContentNotFoundException(
        Refusal.of("content.no_revision_0", "Revision {0} does not exist in this office", id));
  }

  /** No item {@code id} in this office's trash. */
  public static ContentNotFoundException inTrash(long id) {
    return new ContentNotFoundException(
        Refusal.of(
            "content.no_item_0_in_trash",
            "Item {0} in the trash does not exist in this office",
            id));
  }

  /** No menu entry {@code id} in this office. */
  public static ContentNotFoundException menuEntry(long id) {
    return new ContentNotFoundException(
        Refusal.of("content.no_menu_entry_0", "Menu entry {0} does not exist in this office", id));
  }

  /** Item {@code id} of this office is not shared (or does not exist). */
  public static ContentNotFoundException sharingOf(Object id) {
    return new ContentNotFoundException(
        Refusal.of(
            "content.no_sharing_of_item_0",
            "Sharing of item {0} does not exist in this office",
            id));
  }

  @Override
  public Refusal refusal() {
    return refusal;
  }
}
