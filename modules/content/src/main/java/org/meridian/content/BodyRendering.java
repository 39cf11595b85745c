package org.meridian.content;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.meridian.content.media.MediaItem;
import org.meridian.content.media.MediaLinks;

/**
 * A stored (sanitised) body as the public site shows it, the one place where what a body names by
 * id becomes addresses:
 *
 * <ul>
 *   <li>an <b>internal link</b> is stored by item ({@code <a href="/gambia/en/old"
 *       data-item="42">}, the {@code href} being the address when it was written) and written to
 *       the item's current address ({@code basePath/lang/path}), so a changed slug or a moved page
 *       never breaks it; a link to an item that is not live keeps its words without the link;
 *       internal links never carry {@code rel="nofollow"};
 *   <li>an <b>image of the media library</b> ({@code figure[data-media]}, or any {@code img} whose
 *       {@code src} is a library address) gets the library's renditions in {@code srcset}, {@code
 *       sizes}, its width and height (so the page does not jump) and lazy loading; an image the
 *       library no longer has stays as it was stored. A library figure's image without alt text of
 *       its own, or with the library's default one, gets the library's alt text in the item's
 *       language (else the default; {@code ""} when the library marks it decorative).
 * </ul>
 *
 * Nothing else changes: the body was sanitised when it was saved, and only addresses and numbers
 * from the {@link Resolver} are written into it.
 */
public final class BodyRendering {

  /** Layout widths a body image takes: the full screen on phones, at most the 60rem column. */
  public static final String SIZES = "(max-width: 60rem) 100vw, 60rem";

  /** What the body's ids are now: a live item's address, a library image. */
  public interface Resolver {

    /** The live item's address below the site's root: {@code en/news/its-slug}, or empty. */
    Optional<String> itemPath(long itemId);

    /** The library image (the office's or HQ's), or empty. */
    Optional<MediaItem> image(long mediaId);
  }

  private BodyRendering() {}

  /** The ids of items the body links to, for a resolver to read at once. */
  public static Set<Long> linkedItems(String body) {
    Set<Long> ids = new LinkedHashSet<>();
    if (body == null || !body.contains("data-item")) {
      return ids;
    }
    for (Element a : parse(body).select("a[data-item]")) {
      id(a.attr("data-item")).ifPresent(ids::add);
    }
    return ids;
  }

  /**
   * {@code body} with its links and library images written for the site whose root is {@code
   * basePath} ({@code ""} on the office's own host, {@code /gambia} otherwise).
   */
  public static String render(String body, String basePath, Resolver resolver) {
    return render(body, basePath, resolver, java.util.function.UnaryOperator.identity());
  }

  /**
   * The same, with the other links to paths of this server ({@code href="/hq/en/"}, written by
   * hand) passed through {@code localLinks}: on an office's own host a path of another office, or
   * of its own with its prefix, must be written for that host.
   */
  public static String render(
      String body,
      String basePath,
      Resolver resolver,
      java.util.function.UnaryOperator<String> localLinks) {
    return render(body, basePath, null, resolver, localLinks);
  }

  /**
   * The same for a body in {@code language}, whose library images take their alt text in that
   * language when the body gives none of its own.
   */
  public static String render(
      String body,
      String basePath,
      String language,
      Resolver resolver,
      java.util.function.UnaryOperator<String> localLinks) {
    if (body == null || body.isEmpty()) {
      return "";
    }
    if (!body.contains("data-item") && !body.contains("<img") && !body.contains("href=\"/")) {
      return body;
    }
    Document document = parse(body);
    for (Element a : document.select("a[href^='/']:not([data-item])")) {
      String href = a.attr("href");
      if (!href.startsWith("//")) {
        a.attr("href", localLinks.apply(href));
      }
    }
    for (Element a : document.select("a[data-item]")) {
      Optional<String> path = id(a.attr("data-item")).flatMap(resolver::itemPath);
      if (path.isPresent()) {
        a.attr("href", basePath + "/" + path.get());
        a.removeAttr("data-item");
        a.removeAttr("rel");
      } else {
        a.unwrap();
      }
    }
    for (Element img : document.select("img[src]")) {
      Element figure = img.closest("figure[data-media]");
      Optional<Long> mediaId =
          figure != null
              ? id(figure.attr("data-media"))
              : MediaLinks.parse(img.attr("src")).map(MediaLinks.Address::id);
      Optional<MediaItem> image = mediaId.flatMap(resolver::image).filter(MediaItem::isImage);
      image.ifPresent(m -> responsive(img, m));
      if (figure != null) {
        image.ifPresent(m -> altInLanguage(img, m, language));
      }
    }
    return document.body().html();
  }

  /**
   * The library's alt text in {@code language} for an image that has none of its own, or the
   * library's default one (copied when the figure was inserted); an editor's own text is kept.
   */
  private static void altInLanguage(Element img, MediaItem image, String language) {
    String own = img.attr("alt");
    boolean decorative = img.hasAttr("alt") && own.isEmpty();
    if (decorative) {
      return;
    }
    if (!img.hasAttr("alt") || own.isBlank() || own.strip().equals(image.details().altText())) {
      img.attr("alt", image.altFor(language));
    }
  }

  private static void responsive(Element img, MediaItem image) {
    img.attr("src", image.thumbnailUrl());
    img.attr("srcset", image.srcset());
    img.attr("sizes", SIZES);
    if (image.width() > 0 && image.height() > 0) {
      img.attr("width", Integer.toString(image.width()));
      img.attr("height", Integer.toString(image.height()));
    }
    img.attr("loading", "lazy");
    img.attr("decoding", "async");
  }

  private static Document parse(String body) {
    Document document = Jsoup.parseBodyFragment(body);
    document.outputSettings().prettyPrint(false);
    return document;
  }

  private static Optional<Long> id(String text) {
    try {
      return Optional.of(Long.parseLong(text));
    } catch (NumberFormatException notAnId) {
      return Optional.empty();
    }
  }
}
