package org.meridian.content;

import java.time.LocalDate;

/**
 * What an item has besides its revisions, and that is not versioned: who answers for it (an account
 * of the office, or {@code null}), when it should be reviewed ({@code null}: no date), and for
 * pages the page it sits under ({@code null}: the top of its language); whether it is featured on
 * the office's home page (shown there while it is live).
 */
public record ItemSettings(String owner, LocalDate reviewBy, Long parentId, boolean featured) {

  public static final ItemSettings NONE = new ItemSettings(null, null, null, false);

  /** Settings of an item that is not featured on the home page. */
  public ItemSettings(String owner, LocalDate reviewBy, Long parentId) {
    this(owner, reviewBy, parentId, false);
  }

  public ItemSettings {
    owner =
        owner == null || owner.isBlank() ? null : owner.strip().toLowerCase(java.util.Locale.ROOT);
  }
}
