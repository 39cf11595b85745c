package org.meridian.api;

import java.time.Instant;
import java.util.List;
import org.meridian.content.ContentSummary;
import org.meridian.content.taxonomy.ItemTerms;

/**
 * An item of an office as its API token holders see it, drafts included. {@code url} is its public
 * address, present only while the item is live; {@code themes} are theme codes, {@code tags} tag
 * names.
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
    String url,
    List<String> themes,
    List<String> tags) {

  static ItemJson of(String officeCode, ContentSummary item) {
    return of(officeCode, item, ItemTerms.NONE);
  }

  static ItemJson of(String officeCode, ContentSummary item, ItemTerms terms) {
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
        item.live() ? "/" + officeCode + "/" + item.language() + "/" + item.slug() : null,
        terms.themeCodes(),
        terms.tagNames());
  }
}
