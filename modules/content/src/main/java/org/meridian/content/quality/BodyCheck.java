package org.meridian.content.quality;

import java.util.List;
import org.jsoup.nodes.Document;

/** One rule over a sanitised body, parsed once by {@link QualityChecks}. */
public interface BodyCheck {

  /** The rule's name, e.g. {@code image_alt}: the findings' codes are {@code quality.<rule>}. */
  String rule();

  /** What the rule finds in {@code body}, in document order; empty when the body passes. */
  List<Finding> check(Document body, BodyContext context);
}
