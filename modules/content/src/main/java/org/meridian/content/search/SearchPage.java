package org.meridian.content.search;

import java.util.List;

/** One page of matches, best first, and how many items matched in all. */
public record SearchPage(List<SearchMatch> matches, long total) {

  public static final SearchPage NONE = new SearchPage(List.of(), 0);

  public SearchPage {
    matches = List.copyOf(matches);
  }
}
