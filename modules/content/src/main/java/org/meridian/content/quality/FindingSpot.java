package org.meridian.content.quality;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Where a finding is in a body, in terms an editor's script can find again in its own copy of the
 * text: the element's tag and its position among the body's elements of that tag ({@code a} 2: the
 * third link). A finding about the whole body ({@link Finding#place()} 0) has no spot: tag empty.
 *
 * @param tag the element's tag name in lower case, or empty for the whole body
 * @param nth the element's position among the body's elements with that tag, from 0
 */
public record FindingSpot(String tag, int nth) {

  private static final FindingSpot WHOLE_BODY = new FindingSpot("", 0);

  /**
   * The spot of the element at {@code place} (as {@link Finding#place()} counts) in {@code body}.
   */
  public static FindingSpot of(String body, int place) {
    if (place <= 0) {
      return WHOLE_BODY;
    }
    Document document = QualityChecks.parse(body);
    List<Element> all = document.body().getAllElements();
    if (place >= all.size()) {
      return WHOLE_BODY;
    }
    Element element = all.get(place);
    String tag = element.normalName();
    return new FindingSpot(tag, document.body().getElementsByTag(tag).indexOf(element));
  }

  /** Whether the finding concerns one element rather than the whole body. */
  public boolean isElement() {
    return !tag.isEmpty();
  }
}
