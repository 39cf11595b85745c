package org.meridian.content;

import java.time.Instant;
import org.meridian.content.fields.TypeFields;

/**
 * The live version of an item as a list, a card, a feed or a link shows it: everything but its
 * body, which only the item's own page and the API show ({@link LiveItemWithBody}); lists read it
 * without the body ({@link LiveItemRows}). {@code path} is its address below the language root: its
 * slug, or for a nested page the chain of slugs ({@code about-us/history}).
 */
public record LiveItem(
    long itemId,
    ContentType type,
    String language,
    String slug,
    String title,
    String summary,
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
      Instant firstPublishedAt,
      Instant lastPublishedAt) {
    this(
        itemId,
        type,
        language,
        slug,
        title,
        summary,
        firstPublishedAt,
        lastPublishedAt,
        slug,
        CommonFields.NONE,
        TypeFields.empty(type));
  }

  /** The item as it looks with {@code live} live (for a preview of a draft: that revision). */
  static LiveItem of(ContentItem item, Revision live) {
    return of(item, live.title(), live.summary(), live.savedAt(), live.common(), live.fields());
  }

  /**
   * The item with its live revision's {@code title}, {@code summary}, {@code common} and type
   * {@code fields}; {@code savedAt} is when that revision was saved.
   */
  static LiveItem of(
      ContentItem item,
      String title,
      String summary,
      Instant savedAt,
      CommonFields common,
      TypeFields fields) {
    return new LiveItem(
        item.getId(),
        item.type(),
        item.language().value(),
        item.slug().value(),
        title,
        summary,
        // A draft never published shows the time it was saved, as it would show its publication.
        item.firstPublishedAt() == null ? savedAt : item.firstPublishedAt(),
        item.lastPublishedAt() == null ? savedAt : item.lastPublishedAt(),
        String.join("/", item.path()),
        common,
        fields);
  }
}
