package org.meridian.content;

import java.util.List;

/** One page of the editors' content list, and how many items the whole list has. */
public record EditorPage(List<ContentSummary> items, long total) {

  public EditorPage {
    items = List.copyOf(items);
  }
}
