package org.meridian.site.view;

import java.util.List;

/**
 * The search page: the form with what was typed, then a prompt, an error, or the count, the hits
 * and the pager.
 *
 * @param error a refused request's message (sent as 400), or {@code null}
 * @param status the prompt or the count of results
 */
public record SearchView(
    Chrome chrome,
    String action,
    String query,
    String error,
    String status,
    boolean counted,
    List<Hit> hits,
    int firstNumber,
    Chrome.Link noMore,
    Pager pager)
    implements Page {

  public SearchView {
    hits = List.copyOf(hits);
  }

  /** A hit: its card and its snippet, in parts, the matching words marked. */
  public record Hit(Card card, List<Segment> snippet) {
    public Hit {
      snippet = List.copyOf(snippet);
    }
  }

  /** A stretch of a snippet's text, marked when it matched. */
  public record Segment(String text, boolean marked) {}
}
