package org.meridian.site.view;

import java.util.List;

/** The trail from the office's home to the page: linked steps, then the page itself. */
public record Crumbs(List<Chrome.Link> above, String current) {

  public Crumbs {
    above = List.copyOf(above);
  }
}
