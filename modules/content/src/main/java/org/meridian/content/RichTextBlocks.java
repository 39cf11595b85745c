package org.meridian.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.owasp.html.HtmlSanitizer;

/**
 * The words of rich text, one string per block (paragraph, heading, list item, quote, table cell,
 * caption…), for people to compare: markup is dropped, entities are decoded, runs of white space
 * become one space, and an image counts as {@code [image: its alt text]}. Link addresses are not
 * shown, only their words.
 */
public final class RichTextBlocks {

  /** Elements that start and end a block of their own. */
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "dt",
          "dd",
          "blockquote",
          "pre",
          "td",
          "th",
          "caption",
          "figcaption",
          "div",
          "section",
          "article",
          "aside",
          "header",
          "footer",
          "ul",
          "ol",
          "dl",
          "table",
          "tr",
          "figure",
          "hr",
          "br");

  private RichTextBlocks() {}

  /** The blocks of {@code html} that have words, in document order. */
  public static List<String> of(String html) {
    Collector collector = new Collector();
    if (html != null && !html.isBlank()) {
      HtmlSanitizer.sanitize(html, collector);
    }
    collector.endBlock();
    return List.copyOf(collector.blocks);
  }

  /** Receives the lexer's events (text comes with entities decoded) and cuts blocks. */
  private static final class Collector implements HtmlSanitizer.Policy {
    private final List<String> blocks = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();

    @Override
    public void openDocument() {}

    @Override
    public void closeDocument() {}

    @Override
    public void openTag(String name, List<String> attributes) {
      if (BLOCKS.contains(name)) {
        endBlock();
      } else if (name.equals("img")) {
        String alt = attribute(attributes, "alt");
        current.append(" [image").append(alt.isBlank() ? "" : ": " + alt).append("] ");
      }
    }

    @Override
    public void closeTag(String name) {
      if (BLOCKS.contains(name)) {
        endBlock();
      }
    }

    @Override
    public void text(String text) {
      current.append(text);
    }

    void endBlock() {
      String words = current.toString().replaceAll("\\s+", " ").strip();
      if (!words.isEmpty()) {
        blocks.add(words);
      }
      current.setLength(0);
    }

    private static String attribute(List<String> attributes, String name) {
      for (int i = 0; i + 1 < attributes.size(); i += 2) {
        if (attributes.get(i).equals(name)) {
          return attributes.get(i + 1).strip();
        }
      }
      return "";
    }
  }
}
