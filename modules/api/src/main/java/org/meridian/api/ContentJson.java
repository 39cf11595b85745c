package org.meridian.api;

import java.time.Instant;
import org.meridian.content.LiveItem;

/** A live item as the API shows it; {@code body} is sanitised HTML. */
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
    Instant lastPublishedAt) {

  static ContentJson of(String officeCode, LiveItem item) {
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
        item.lastPublishedAt());
  }
}
