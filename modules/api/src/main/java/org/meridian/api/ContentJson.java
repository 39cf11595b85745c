package org.meridian.api;

import jakarta.json.JsonObject;
import java.time.Instant;
import org.meridian.content.LiveItem;

/**
 * A live item as the API shows it; {@code body} is sanitised HTML, {@code path} its address below
 * the language root (the chain of slugs for nested pages), {@code fields} the type's own fields as
 * stored (see docs/content.md).
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
    String path,
    JsonObject fields) {

  static ContentJson of(String officeCode, LiveItem item) {
    return new ContentJson(
        item.itemId(),
        item.type().name(),
        item.language(),
        item.slug(),
        item.title(),
        item.summary(),
        item.body(),
        "/" + officeCode + "/" + item.language() + "/" + item.path(),
        item.firstPublishedAt(),
        item.lastPublishedAt(),
        item.path(),
        item.fields().json());
  }
}
