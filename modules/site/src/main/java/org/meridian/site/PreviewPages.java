package org.meridian.site;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import org.meridian.content.media.MediaLinks;
import org.meridian.content.menu.MenuEntry;
import org.meridian.site.view.ItemView;
import org.meridian.tenancy.office.OfficeCode;

/**
 * What a preview adds to an item's page: a banner saying it is a preview (and until when the link
 * works) and a {@code noindex, nofollow} robots rule; and the page for a link that is bad or
 * expired.
 */
final class PreviewPages {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  private PreviewPages() {}

  /** The item's page, marked as the preview of {@code revision}. */
  static String marked(SitePages.Context site, ItemView page, int revision, Instant expires) {
    ZoneId zone = site.office().timeZone();
    String note =
        site.words()
            .format(
                "previewBanner",
                revision,
                WHEN.format(expires.atZone(zone)) + " (" + zone.getId() + ")");
    return ItemPages.html(page.withChrome(page.chrome().asPreview(note)));
  }

  /**
   * The page with {@code ?preview=} and a token after every library address, so that whoever holds
   * the preview sees the files of the revision that no live item uses yet (the public gets a 404
   * for those: see {@code MediaServlet}). Each token opens one file until the preview expires.
   */
  static String withMediaTokens(String page, BiFunction<OfficeCode, Long, String> token) {
    Matcher address = MediaLinks.ADDRESS.matcher(page);
    StringBuilder out = new StringBuilder(page.length() + 256);
    while (address.find()) {
      long id = Long.parseLong(address.group(2));
      String value =
          OfficeCode.parse(address.group(1))
              .map(owner -> address.group() + "?preview=" + token.apply(owner, id))
              .orElse(address.group());
      address.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    address.appendTail(out);
    return out.toString();
  }

  /** The page for a preview link that is malformed, wrongly signed, expired or shows nothing. */
  static String refused(SitePages.Context site, List<MenuEntry> menu) {
    return SitePages.message(site, menu, "previewRefused", "previewRefusedText", false);
  }
}
