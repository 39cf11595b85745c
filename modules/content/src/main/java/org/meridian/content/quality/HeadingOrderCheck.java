package org.meridian.content.quality;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.meridian.tenancy.Refusal;

/**
 * Headings go down one level at a time: the page's title is the level-1 heading, so the body's
 * first heading is a level 2, and a level 4 follows a level 3 (going back up any number of levels
 * is fine). Screen-reader users move through a page by its headings.
 */
public final class HeadingOrderCheck implements BodyCheck {

  @Override
  public String rule() {
    return "heading_skipped";
  }

  @Override
  public List<Finding> check(Document body, BodyContext context) {
    List<Finding> found = new ArrayList<>();
    int previous = 1;
    for (Element heading : body.select("h1, h2, h3, h4, h5, h6")) {
      int level = heading.tagName().charAt(1) - '0';
      if (level > previous + 1) {
        found.add(
            new Finding(
                rule(),
                heading.text(),
                Places.of(body, heading),
                Refusal.of(
                    "quality.heading_skipped",
                    "A heading of level {0} follows one of level {1}: a level is skipped",
                    level,
                    previous),
                Refusal.of(
                    "quality.heading_skipped_fix",
                    "Make it a heading of level {0}, or add the heading that is missing above it",
                    previous + 1)));
      }
      previous = level;
    }
    return found;
  }
}
