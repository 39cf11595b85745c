package org.meridian.content.quality;

import java.util.List;
import org.jsoup.nodes.Document;
import org.meridian.tenancy.Refusal;

/**
 * A long body is cut into sections by headings, so that readers can scan it and screen-reader users
 * jump through it: a body of more than {@link #LONG_WORDS} words needs at least one heading.
 */
public final class LongBodyHeadingsCheck implements BodyCheck {

  static final int LONG_WORDS = 500;

  @Override
  public String rule() {
    return "long_without_headings";
  }

  @Override
  public List<Finding> check(Document body, BodyContext context) {
    String text = body.body().text().strip();
    int words = text.isEmpty() ? 0 : text.split("\\s+").length;
    if (words <= LONG_WORDS || !body.select("h2, h3, h4, h5, h6").isEmpty()) {
      return List.of();
    }
    return List.of(
        new Finding(
            rule(),
            "",
            0,
            Refusal.of(
                "quality.long_without_headings",
                "The text is long ({0} words) and has no headings",
                words),
            Refusal.of(
                "quality.long_without_headings_fix",
                "Cut it into sections with headings (the Heading button) that say what each is"
                    + " about")));
  }
}
