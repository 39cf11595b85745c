package org.meridian.content;

import java.time.Instant;
import org.meridian.content.fields.TypeFields;

/**
 * The live version of an item, as the public site and the API show it. {@code path} is its address
 * below the language root: its slug, or for a nested page the chain of slugs ({@code
 * about-us/history}).
 */
public record LiveItem(
    long itemId,
    ContentType type,
    String language,
    String slug,
    String title,
    String summary,
    String body,
    Instant firstPublishedAt,
    Instant lastPublishedAt,
    String path,
    CommonFields common,
    TypeFields fields) {

  public LiveItem {
    path = path == null ? slug : path;
    common = common == null ? CommonFields.NONE : common;
    fields = fields == null ? TypeFields.empty(type) : fields;
  }

  /** An item at the top of its language with no hero image and no type fields. */
  public LiveItem(
      long itemId,
      ContentType type,
      String language,
      String slug,
      String title,
      String summary,
      String body,
      Instant firstPublishedAt,
      Instant lastPublishedAt) {
    this(
        itemId,
        type,
        language,
        slug,
        title,
        summary,
        body,
        firstPublishedAt,
        lastPublishedAt,
        slug,
        CommonFields.NONE,
        TypeFields.empty(type));
  }

  /** The same item showing {@code shown} as its body (the body as a site renders it). */
  public LiveItem withBody(String shown) {
    return new LiveItem(
        itemId,
        type,
        language,
        slug,
        title,
        summary,
        shown,
        firstPublishedAt,
        lastPublishedAt,
        path,
        common,
        fields);
  }

  public static LiveItem of(ContentItem item) {
    return of(item, item.liveRevision());
  }

  /** The item as it looks with {@code revision} live (for a preview of a draft). */
  public static LiveItem of(ContentItem item, Revision live) {
    return new LiveItem(
        item.getId(),
        item.type(),
        item.language().value(),
        item.slug().value(),
        live.title(),
        live.summary(),
        live.body(),
        // A draft never published shows the time it was saved, as it would show its publication.
        item.firstPublishedAt() == null ? live.savedAt() : item.firstPublishedAt(),
        item.lastPublishedAt() == null ? live.savedAt() : item.lastPublishedAt(),
        String.join("/", item.path()),
        live.common(),
        live.fields());
  }
}
