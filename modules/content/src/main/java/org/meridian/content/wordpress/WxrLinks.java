package org.meridian.content.wordpress;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.meridian.tenancy.Refusal;

/**
 * Rewrites the links of a WordPress text that lead to the exported site itself: uploads to the
 * office's library files, posts and pages to their new addresses. Links elsewhere are left alone; a
 * link to an upload that was not carried is noted in the report.
 */
final class WxrLinks {

  private static final Pattern LINK =
      Pattern.compile("((?:href|src)=[\"'])([^\"']*)([\"'])", Pattern.CASE_INSENSITIVE);
  private static final Pattern SIZE_SUFFIX = Pattern.compile("-\\d+x\\d+(\\.[A-Za-z0-9]+)$");

  private final WxrIndex index;
  private final WxrReader.Site site;
  private final String office;
  private final String language;

  WxrLinks(WxrIndex index, WxrReader.Site site, String office, String language) {
    this.index = index;
    this.site = site;
    this.office = office;
    this.language = language;
  }

  /** {@code html} with the site's own links rewritten; notes go to {@code result} for the item. */
  String rewrite(String html, WxrConverter.Result result, long itemId) {
    Matcher m = LINK.matcher(html);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String url = m.group(2);
      String replacement = url;
      if (isOwn(url)) {
        String path = WxrValues.pathOf(url);
        Long attachment = index.attachmentAt(path);
        if (attachment == null) {
          attachment = index.attachmentAt(SIZE_SUFFIX.matcher(path).replaceFirst("$1"));
        }
        Long target = index.itemAt(path);
        Long byId = idFromQuery(url);
        if (attachment != null && index.attachment(attachment) != null) {
          replacement =
              "/media/"
                  + office
                  + "/"
                  + attachment
                  + "/original/"
                  + index.attachment(attachment).fileName();
        } else if (target != null || (byId != null && index.hasItem(byId))) {
          replacement =
              "/"
                  + office
                  + "/"
                  + language
                  + "/"
                  + index.item(target != null ? target : byId).path();
        } else if (path.startsWith("wp-content/uploads/")) {
          result.notes.note(
              "item",
              itemId,
              Refusal.of(
                  "wordpress.link_0_not_carried",
                  "Its link to {0} still leads to the old site: that file was not imported.",
                  url));
        }
      }
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + replacement + m.group(3)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Whether {@code url} is an address of the exported site: on its host (with any scheme, or none:
   * {@code //host/…}), or a path from its root ({@code /wp-content/uploads/…}, as WordPress writes
   * upload addresses when its content address is a path).
   */
  private boolean isOwn(String url) {
    String lower = url.strip().toLowerCase(Locale.ROOT);
    if (lower.startsWith("/") && !lower.startsWith("//")) {
      return true;
    }
    for (String base : List.of(site.baseSiteUrl, site.baseBlogUrl)) {
      String host = host(base);
      if (host.isEmpty()) {
        continue;
      }
      for (String start : List.of("http://" + host, "https://" + host, "//" + host)) {
        // the host itself, not one that begins with its name (harbour.example.org.example.net)
        if (lower.startsWith(start)
            && (lower.length() == start.length()
                || "/?#:".indexOf(lower.charAt(start.length())) >= 0)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String host(String base) {
    try {
      String host = URI.create(base.strip()).getHost();
      return host == null ? "" : host.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static Long idFromQuery(String url) {
    Matcher m = Pattern.compile("[?&](?:p|page_id)=(\\d+)").matcher(url);
    return m.find() ? Long.parseLong(m.group(1)) : null;
  }
}
