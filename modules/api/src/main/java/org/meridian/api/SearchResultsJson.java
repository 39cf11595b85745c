package org.meridian.api;

import java.time.Instant;
import java.util.List;
import org.meridian.content.search.LiveHit;
import org.meridian.content.search.LiveResults;

/**
 * One page of a search of an office's live content in one language: {@code query} as it was
 * searched for (cleaned), the hits best first, each with {@code snippet}, escaped HTML whose only
 * markup is {@code <mark>} around the matching words.
 */
public record SearchResultsJson(
    String office,
    String language,
    String query,
    int page,
    int pageSize,
    long total,
    int pages,
    List<Hit> results) {

  /** A live item that matched. */
  public record Hit(
      long id,
      String type,
      String title,
      String summary,
      String snippet,
      String url,
      String path,
      Instant firstPublishedAt) {}

  static SearchResultsJson of(String office, String language, String query, LiveResults results) {
    return new SearchResultsJson(
        office,
        language,
        query,
        results.page(),
        results.pageSize(),
        results.total(),
        results.pages(),
        results.hits().stream().map(hit -> hit(office, hit)).toList());
  }

  private static Hit hit(String office, LiveHit hit) {
    var item = hit.item();
    return new Hit(
        item.itemId(),
        item.type().name(),
        item.title(),
        item.summary(),
        hit.snippetHtml(),
        "/" + office + "/" + item.language() + "/" + item.path(),
        item.path(),
        item.firstPublishedAt());
  }
}
