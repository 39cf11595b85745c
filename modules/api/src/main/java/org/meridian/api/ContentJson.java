package org.meridian.api;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.meridian.content.LiveItem;
import org.meridian.content.LiveItemWithBody;
import org.meridian.content.taxonomy.ItemTerms;

/**
 * A live item as the API shows it; {@code body} is sanitised HTML, {@code path} its address below
 * the language root (the chain of slugs for nested pages), {@code fields} the type's own fields as
 * stored (see docs/content.md), {@code themes} the codes of the network's themes it carries, {@code
 * tags} the names of the office's tags, {@code media} the files it uses with their absolute
 * addresses, given with {@code include=media} only.
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
    JsonObject fields,
    List<String> themes,
    List<String> tags,
    List<MediaJson> media) {

  static ContentJson of(String officeCode, LiveItemWithBody item) {
    return of(officeCode, item, ItemTerms.NONE);
  }

  static ContentJson of(String officeCode, LiveItemWithBody withBody, ItemTerms terms) {
    LiveItem item = withBody.item();
    return new ContentJson(
        item.itemId(),
        item.type().name(),
        item.language(),
        item.slug(),
        item.title(),
        item.summary(),
        withBody.body(),
        "/" + officeCode + "/" + item.language() + "/" + item.path(),
        item.firstPublishedAt(),
        item.lastPublishedAt(),
        item.path(),
        item.fields().json(),
        terms.themeCodes(),
        terms.tagNames(),
        null);
  }

  /** The same item with the media it uses ({@code include=media}). */
  ContentJson withMedia(List<MediaJson> files) {
    return new ContentJson(
        id,
        type,
        language,
        slug,
        title,
        summary,
        body,
        url,
        firstPublishedAt,
        lastPublishedAt,
        path,
        fields,
        themes,
        tags,
        files);
  }
}
