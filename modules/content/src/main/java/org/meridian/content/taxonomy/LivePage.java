package org.meridian.content.taxonomy;

import java.util.List;
import org.meridian.content.LiveItem;

/**
 * One page of a list of live items, newest first.
 *
 * @param page the page number, from 1
 * @param pages how many pages the list has (at least 1, even when empty)
 */
public record LivePage(List<LiveItem> items, int page, int pages, long total) {

  public LivePage {
    items = List.copyOf(items);
  }

  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean hasNext() {
    return page < pages;
  }

  static int pagesFor(long total, int size) {
    return (int) Math.max(1, (total + size - 1) / size);
  }
}
