package org.meridian.content.quality;

import org.jsoup.nodes.Element;

/** The words a screen reader says for a link: its text and the alt text of its images. */
final class LinkWords {

  private LinkWords() {}

  static String of(Element a) {
    StringBuilder words = new StringBuilder(a.text());
    for (Element img : a.select("img[alt]")) {
      words.append(' ').append(img.attr("alt"));
    }
    return words.toString().replaceAll("\\s+", " ").strip();
  }
}
