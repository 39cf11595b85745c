package org.meridian.site.view;

import java.util.List;

/**
 * A page that only says something: not found, gone, closed, under maintenance, a refused preview,
 * an error, the network's own pages (with a list of links: the offices).
 */
public record MessageView(
    Chrome chrome, String heading, String text, List<Chrome.Link> links, String listClass)
    implements Page {

  public MessageView {
    links = List.copyOf(links);
  }
}
