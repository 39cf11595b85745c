package org.meridian.api;

import java.time.Instant;
import java.util.List;
import org.meridian.content.LiveItem;
import org.meridian.content.taxonomy.ItemTerms;

/**
 * A live item as the API shows it; {@code body} is sanitised HTML, {@code themes} the codes of the
 * network's themes it carries, {@code tags} the names of the office's tags.
 */
public record ContentJson(
    long id,
    String type,
    String language,
    String slug,
    String title,
    String summary,
    String body,
    String url,
    Instant firstPublishedAt,
    Instant lastPublishedAt,
    List<String> themes,
    List<String> tags) {

  static ContentJson of(String officeCode, LiveItem item) {
    return of(officeCode, item, ItemTerms.NONE);
  }

  static ContentJson of(String officeCode, LiveItem item, ItemTerms terms) {
    return new ContentJson(
        item.itemId(),
        item.type().name(),
        item.language(),
        item.slug(),
        item.title(),
        item.summary(),
        item.body(),
        "/" + officeCode + "/" + item.language() + "/" + item.slug(),
        item.firstPublishedAt(),
        item.lastPublishedAt(),
        terms.themeCodes(),
        terms.tagNames());
  }
}
