package org.meridian.content;

import java.util.regex.Pattern;
import org.meridian.content.media.MediaLinks;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Rich text is cleaned on the way in with an allow-list: editors keep headings, lists, links,
 * tables and quotes; scripts, styles, event handlers and foreign frames never reach the database.
 * Images are kept only when they come from the media library ({@code src} is a relative {@code
 * /media/...} address, see {@link MediaLinks}): no external images, which would track readers and
 * break when their host goes away. Embedded players ({@code <iframe>}) survive only with an https
 * address of an allowed host's embed page ({@link #EMBED_SOURCE}) and only the attributes src,
 * title, width, height and allowfullscreen; an iframe without such an address is dropped.
 */
public final class RichText {

  /** YouTube's (privacy-enhanced or not) embed pages and Vimeo's player, over https only. */
  static final Pattern EMBED_SOURCE =
      Pattern.compile(
          "https://(?:www\\.youtube-nocookie\\.com|www\\.youtube\\.com)/embed/[A-Za-z0-9_-]{1,64}"
              + "(?:\\?[A-Za-z0-9_=&.-]{0,200})?"
              + "|https://player\\.vimeo\\.com/video/[0-9]{1,20}(?:\\?[A-Za-z0-9_=&.-]{0,200})?");

  private static final Pattern SIZE = Pattern.compile("[0-9]{1,4}%?");

  private static final PolicyFactory EMBEDS =
      new HtmlPolicyBuilder()
          .allowUrlProtocols("https")
          .allowAttributes("src")
          .matching(EMBED_SOURCE)
          .onElements("iframe")
          .allowAttributes("title")
          .onElements("iframe")
          .allowAttributes("width", "height")
          .matching(SIZE)
          .onElements("iframe")
          .allowAttributes("allowfullscreen")
          .matching(Pattern.compile("|allowfullscreen|true", Pattern.CASE_INSENSITIVE))
          .onElements("iframe")
          // An iframe whose address was refused is dropped, not kept empty.
          .allowElements((name, attributes) -> hasSource(attributes) ? name : null, "iframe")
          .toFactory();

  private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

  /**
   * Links: http(s), mailto and site-relative addresses. A link to another site gets {@code
   * rel="nofollow"}; a link into the office's own site — site-relative ({@code /gambia/en/…}) or
   * stored by item ({@code data-item="42"}, written at render time to the item's current address,
   * see {@link BodyRendering}) — never does.
   */
  private static final PolicyFactory LINKS =
      new HtmlPolicyBuilder()
          .allowUrlProtocols("http", "https", "mailto", "meridian")
          .allowAttributes("href")
          .onElements("a")
          .allowAttributes("data-item")
          .matching(ID)
          .onElements("a")
          .allowElements(
              (name, attributes) -> {
                byItem(attributes);
                if (!isInternal(attributes)) {
                  attributes.add("rel");
                  attributes.add("nofollow");
                }
                return name;
              },
              "a")
          .toFactory();

  /**
   * Figures: an image of the media library ({@code data-media} its id, {@code data-align} start,
   * center or end) or a video link card ({@code data-kind="video"}: a link to the video's page
   * around a library image as its thumbnail), with an optional caption.
   */
  private static final PolicyFactory FIGURES =
      new HtmlPolicyBuilder()
          .allowElements("figure", "figcaption", "hr", "br", "cite")
          .allowAttributes("data-media")
          .matching(ID)
          .onElements("figure")
          .allowAttributes("data-align")
          .matching(Pattern.compile("start|center|end"))
          .onElements("figure")
          .allowAttributes("data-kind")
          .matching(Pattern.compile("image|video"))
          .onElements("figure")
          .toFactory();

  private static final PolicyFactory POLICY =
      Sanitizers.FORMATTING
          .and(Sanitizers.BLOCKS)
          .and(LINKS)
          .and(Sanitizers.TABLES)
          .and(FIGURES)
          .and(
              new HtmlPolicyBuilder()
                  .allowElements(
                      (name, attributes) -> attributes.contains("src") ? name : null, "img")
                  .allowAttributes("src")
                  .matching(MediaLinks.ADDRESS)
                  .onElements("img")
                  .allowAttributes("alt")
                  .onElements("img")
                  .allowAttributes("width", "height")
                  .matching(Pattern.compile("[0-9]{1,4}"))
                  .onElements("img")
                  .toFactory())
          .and(EMBEDS);

  private RichText() {}

  /** The console editor's address of an item: {@code meridian:item/42}. */
  public static final Pattern ITEM_ADDRESS = Pattern.compile("meridian:item/([0-9]{1,18})");

  /**
   * A link written {@code href="meridian:item/42"} (the console's link picker) is stored by item:
   * {@code data-item="42"} is added (the {@code href} stays, for the editor to read it back); any
   * other {@code meridian:} address is dropped.
   */
  private static void byItem(java.util.List<String> attributes) {
    for (int i = 0; i + 1 < attributes.size(); i += 2) {
      if (attributes.get(i).equals("href") && attributes.get(i + 1).startsWith("meridian:")) {
        java.util.regex.Matcher item = ITEM_ADDRESS.matcher(attributes.get(i + 1));
        if (!item.matches()) {
          attributes.remove(i + 1);
          attributes.remove(i);
          return;
        }
        if (!attributes.contains("data-item")) {
          attributes.add("data-item");
          attributes.add(item.group(1));
        }
        return;
      }
    }
  }

  /** Whether a link's attributes left after the policy lead into the site: relative or by item. */
  private static boolean isInternal(java.util.List<String> attributes) {
    for (int i = 0; i + 1 < attributes.size(); i += 2) {
      String name = attributes.get(i);
      String value = attributes.get(i + 1);
      if (name.equals("data-item")
          || (name.equals("href") && value.startsWith("/") && !value.startsWith("//"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the attributes left after the policy ({@code name, value, name, value…}) have src. */
  private static boolean hasSource(java.util.List<String> attributes) {
    for (int i = 0; i < attributes.size(); i += 2) {
      if (attributes.get(i).equals("src")) {
        return true;
      }
    }
    return false;
  }

  public static String sanitize(String html) {
    return html == null ? "" : POLICY.sanitize(quillLists(html));
  }

  private static final Pattern DATA_LIST =
      Pattern.compile("(?i)\\bdata-list\\s*=\\s*[\"']?([a-z]+)");

  /**
   * The console's rich-text editor (Quill 2) writes every list as {@code <ol>} and says in each
   * item's {@code data-list} whether it is numbered ({@code ordered}) or bulleted ({@code bullet}).
   * The allow-list drops that attribute, which turned every bulleted list into a numbered one: such
   * lists become {@code <ul>} and {@code <ol>} by their items' own word first, a run of items of
   * one kind per list. Any other list (nested, or items without the word) is left as it was
   * written. A scan, not a regular expression: a long list must not exhaust the stack.
   */
  static String quillLists(String html) {
    if (!html.contains("data-list")) {
      return html;
    }
    String lower = html.toLowerCase(java.util.Locale.ROOT);
    StringBuilder out = new StringBuilder(html.length());
    int done = 0;
    int at = tag(lower, "<ol", 0);
    while (at >= 0) {
      int openEnd = lower.indexOf('>', at);
      int close = lower.indexOf("</ol>", openEnd < 0 ? at : openEnd);
      if (openEnd < 0 || close < 0) {
        break;
      }
      String inner = html.substring(openEnd + 1, close);
      String lists = runs(inner);
      if (lists != null) {
        out.append(html, done, at).append(lists);
        done = close + "</ol>".length();
      }
      at = tag(lower, "<ol", lists != null ? done : openEnd + 1);
    }
    return out.append(html, done, html.length()).toString();
  }

  /** Where the tag {@code open} (e.g. {@code <ol}) next starts from {@code from}, or -1. */
  private static int tag(String lower, String open, int from) {
    int at = lower.indexOf(open, from);
    while (at >= 0) {
      int next = at + open.length();
      if (next < lower.length()
          && (lower.charAt(next) == '>' || Character.isWhitespace(lower.charAt(next)))) {
        return at;
      }
      at = lower.indexOf(open, next);
    }
    return -1;
  }

  /**
   * The items of one flat list as runs of {@code <ul>} and {@code <ol>}, or null if not Quill's.
   */
  private static String runs(String inner) {
    String lower = inner.toLowerCase(java.util.Locale.ROOT);
    if (tag(lower, "<ol", 0) >= 0 || tag(lower, "<ul", 0) >= 0) {
      return null;
    }
    StringBuilder out = new StringBuilder(inner.length());
    String open = null;
    int end = 0;
    while (true) {
      int item = tag(lower, "<li", end);
      if (item < 0) {
        break;
      }
      int attributesEnd = lower.indexOf('>', item);
      int close = attributesEnd < 0 ? -1 : lower.indexOf("</li>", attributesEnd);
      if (!inner.substring(end, item).isBlank() || close < 0) {
        return null;
      }
      java.util.regex.Matcher kind = DATA_LIST.matcher(inner.substring(item, attributesEnd));
      if (!kind.find()) {
        return null;
      }
      String list = kind.group(1).equalsIgnoreCase("bullet") ? "ul" : "ol";
      if (!list.equals(open)) {
        if (open != null) {
          out.append("</").append(open).append('>');
        }
        out.append('<').append(list).append('>');
        open = list;
      }
      out.append("<li>").append(inner, attributesEnd + 1, close).append("</li>");
      end = close + "</li>".length();
    }
    if (open == null || !inner.substring(end).isBlank()) {
      return null;
    }
    return out.append("</").append(open).append('>').toString();
  }
}
