package org.meridian.content.quality;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.meridian.tenancy.Refusal;

/**
 * A link has words a screen reader can say: text, or an image with alt text inside it. The excerpt
 * is the link's address.
 */
public final class EmptyLinkCheck implements BodyCheck {

  @Override
  public String rule() {
    return "empty_link";
  }

  @Override
  public List<Finding> check(Document body, BodyContext context) {
    List<Finding> found = new ArrayList<>();
    for (Element a : body.select("a[href]")) {
      if (!LinkWords.of(a).isEmpty()) {
        continue;
      }
      found.add(
          new Finding(
              rule(),
              a.attr("href"),
              Places.of(body, a),
              Refusal.of("quality.empty_link", "A link has no words"),
              Refusal.of(
                  "quality.empty_link_fix",
                  "Give the link words that say where it leads, or remove it")));
    }
    return found;
  }
}
