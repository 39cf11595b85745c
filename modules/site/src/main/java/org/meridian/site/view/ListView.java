package org.meridian.site.view;

import java.util.List;

/**
 * A list of items as cards — the news, events, publications, a theme's or a tag's items — with its
 * pager, and the news list's filters.
 *
 * @param listClass the list's class ({@code news}, {@code events}, {@code publications})
 * @param otherLink a link beside the heading (past events from upcoming ones), or {@code null}
 * @param emptyText what the page says when the list is empty
 */
public record ListView(
    Chrome chrome,
    Crumbs crumbs,
    String heading,
    String listClass,
    Chrome.Link otherLink,
    NewsFilter filter,
    List<Card> cards,
    String emptyText,
    Pager pager)
    implements Page {

  public ListView {
    cards = List.copyOf(cards);
  }

  /** The news list's filter form: where it goes, its selects, and "show all" when filtered. */
  public record NewsFilter(String action, List<Select> selects, String clearHref) {
    public NewsFilter {
      selects = List.copyOf(selects);
    }
  }

  public record Select(String id, String name, String label, List<Option> options) {
    public Select {
      options = List.copyOf(options);
    }
  }

  public record Option(String value, String label, boolean selected) {}
}
