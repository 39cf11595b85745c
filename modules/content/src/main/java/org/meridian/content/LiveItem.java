package org.meridian.content;

import java.time.Instant;

/** The live version of an item, as the public site and the API show it. */
public record LiveItem(
    long itemId,
    ContentType type,
    String language,
    String slug,
    String title,
    String summary,
    String body,
    Instant firstPublishedAt,
    Instant lastPublishedAt) {

  public static LiveItem of(ContentItem item) {
    Revision live = item.liveRevision();
    return new LiveItem(
        item.getId(),
        item.type(),
        item.language().value(),
        item.slug().value(),
        live.title(),
        live.summary(),
        live.body(),
        item.firstPublishedAt(),
        item.lastPublishedAt());
  }
}
