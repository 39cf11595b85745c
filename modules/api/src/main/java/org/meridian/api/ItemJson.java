package org.meridian.api;

import java.time.Instant;
import org.meridian.content.ContentSummary;

/**
 * An item of an office as its API token holders see it, drafts included. {@code url} is its public
 * address, present only while the item is live.
 */
public record ItemJson(
    long id,
    String type,
    String language,
    String slug,
    String title,
    int revision,
    boolean live,
    boolean unpublishedChanges,
    String lastAuthor,
    Instant modifiedAt,
    String url) {

  static ItemJson of(String officeCode, ContentSummary item) {
    return new ItemJson(
        item.itemId(),
        item.type().name(),
        item.language(),
        item.slug(),
        item.title(),
        item.latestRevision(),
        item.live(),
        item.unpublishedChanges(),
        item.lastAuthor(),
        item.modifiedAt(),
        item.live() ? "/" + officeCode + "/" + item.language() + "/" + item.slug() : null);
  }
}
