package org.meridian.content.quality;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.meridian.tenancy.Refusal;

/**
 * Every image says what it shows in its alt text, unless it is marked decorative: {@code alt=""} on
 * purpose (the editor's "decorative" box writes it). An image without an alt attribute, or with
 * only spaces in it, is a finding — unless it is an image of the media library ({@code
 * figure[data-media]}) whose library gives it an alt text in the body's language or its default
 * one, or marks it decorative: the site then writes that one ({@code BodyRendering}). The excerpt
 * is its caption or file name.
 */
public final class ImageAltCheck implements BodyCheck {

  @Override
  public String rule() {
    return "image_alt";
  }

  @Override
  public List<Finding> check(Document body, BodyContext context) {
    List<Finding> found = new ArrayList<>();
    for (Element img : body.select("img")) {
      boolean missing =
          !img.hasAttr("alt") || (!img.attr("alt").isEmpty() && img.attr("alt").isBlank());
      if (missing && !fromLibraryWithAlt(img, context)) {
        found.add(
            new Finding(
                rule(),
                nameOf(img),
                Places.of(body, img),
                Refusal.of("quality.image_alt", "An image has no text alternative"),
                Refusal.of(
                    "quality.image_alt_fix",
                    "Say in its alternative text what it shows, or mark it decorative if it"
                        + " only decorates")));
      }
    }
    return found;
  }

  private static boolean fromLibraryWithAlt(Element img, BodyContext context) {
    Element figure = img.closest("figure[data-media]");
    if (figure == null) {
      return false;
    }
    try {
      return context.libraryAlts().altOf(Long.parseLong(figure.attr("data-media"))).isPresent();
    } catch (NumberFormatException notAnId) {
      return false;
    }
  }

  private static String nameOf(Element img) {
    Element figure = img.closest("figure");
    if (figure != null) {
      Element caption = figure.selectFirst("figcaption");
      if (caption != null && !caption.text().isBlank()) {
        return caption.text();
      }
    }
    String src = img.attr("src");
    return src.substring(src.lastIndexOf('/') + 1);
  }
}
