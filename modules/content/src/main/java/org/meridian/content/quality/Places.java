package org.meridian.content.quality;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Where an element is in a body: its position among the body's elements, counted from 1. */
final class Places {

  private Places() {}

  static int of(Document body, Element element) {
    return body.body().getAllElements().indexOf(element);
  }
}
