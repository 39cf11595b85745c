package org.meridian.content.search;

import java.util.List;

/** One page of a public search: its hits, best first, and how many items matched in all. */
public record LiveResults(List<LiveHit> hits, long total, int page, int pageSize) {

  public LiveResults {
    hits = List.copyOf(hits);
  }

  /** How many pages the matches fill (0 when none matched). */
  public int pages() {
    return (int) Math.min(Integer.MAX_VALUE, (total + pageSize - 1) / pageSize);
  }

  public boolean hasPrevious() {
    return page > 1 && page <= pages() + 1;
  }

  public boolean hasNext() {
    return page < pages();
  }
}
