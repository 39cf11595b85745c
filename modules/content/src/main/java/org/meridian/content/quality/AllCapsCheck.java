package org.meridian.content.quality;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.meridian.tenancy.Refusal;

/**
 * Paragraphs are not written in capital letters: they are hard to read, and some screen readers
 * spell them out letter by letter. A block counts when it has at least {@link #MIN_LETTERS} letters
 * that have a case and none of them is lower case (scripts without case, such as Arabic, never
 * count). Short acronyms and headings of one or two words pass.
 */
public final class AllCapsCheck implements BodyCheck {

  static final int MIN_LETTERS = 20;

  @Override
  public String rule() {
    return "all_caps";
  }

  @Override
  public List<Finding> check(Document body, BodyContext context) {
    List<Finding> found = new ArrayList<>();
    for (Element block : body.select("p, li, blockquote, h2, h3, h4, h5, h6, td, th, figcaption")) {
      String text = block.ownText();
      if (shouts(text)) {
        found.add(
            new Finding(
                rule(),
                text,
                Places.of(body, block),
                Refusal.of("quality.all_caps", "A paragraph is written in capital letters"),
                Refusal.of(
                    "quality.all_caps_fix",
                    "Write it in ordinary sentence case; use bold for emphasis")));
      }
    }
    return found;
  }

  static boolean shouts(String text) {
    int upper = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        upper++;
      }
    }
    return upper >= MIN_LETTERS;
  }
}
