package org.meridian.content;

import java.time.LocalDate;

/**
 * What an item has besides its revisions, and that is not versioned: who answers for it (an account
 * of the office, or {@code null}), when it should be reviewed ({@code null}: no date), and for
 * pages the page it sits under ({@code null}: the top of its language).
 */
public record ItemSettings(String owner, LocalDate reviewBy, Long parentId) {

  public static final ItemSettings NONE = new ItemSettings(null, null, null);

  public ItemSettings {
    owner =
        owner == null || owner.isBlank() ? null : owner.strip().toLowerCase(java.util.Locale.ROOT);
  }
}
