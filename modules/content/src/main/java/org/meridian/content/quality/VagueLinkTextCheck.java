package org.meridian.content.quality;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.meridian.tenancy.Refusal;

/**
 * A link's words say where it leads: "click here", "read more", "cliquez ici", "اضغط هنا" do not
 * ({@link VagueLinkText}, in the body's language and English). Screen-reader users list a page's
 * links out of context.
 */
public final class VagueLinkTextCheck implements BodyCheck {

  @Override
  public String rule() {
    return "vague_link_text";
  }

  @Override
  public List<Finding> check(Document body, BodyContext context) {
    List<Finding> found = new ArrayList<>();
    for (Element a : body.select("a[href]")) {
      String words = LinkWords.of(a);
      if (VagueLinkText.isVague(words, context.language())) {
        found.add(
            new Finding(
                rule(),
                words,
                Places.of(body, a),
                Refusal.of("quality.vague_link_text", "A link's words do not say where it leads"),
                Refusal.of(
                    "quality.vague_link_text_fix",
                    "Link the words that name what the reader will find, e.g. the report's"
                        + " title instead of \"click here\"")));
      }
    }
    return found;
  }
}
